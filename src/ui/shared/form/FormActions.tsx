import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row } from '../layout';

/** Submit and cancel. Submit cannot be pressed again while a request is out, or while Zendesk asks to wait. */
export function FormActions({
  submitLabel,
  submitting,
  secondsToWait,
  disabled = false,
  onCancel,
}: {
  submitLabel: string;
  submitting: boolean;
  secondsToWait: number;
  disabled?: boolean;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const label = submitting
    ? t('form.saving')
    : secondsToWait > 0
      ? t('problems.retryIn', { seconds: secondsToWait })
      : submitLabel;
  return (
    <Row $gap="xs">
      <Button type="submit" isPrimary disabled={disabled || submitting || secondsToWait > 0} aria-busy={submitting}>
        {submitting ? <Dots aria-hidden="true" /> : null}
        {submitting ? ' ' : null}
        {label}
      </Button>
      <Button type="button" isBasic onClick={onCancel}>
        {t('form.cancel')}
      </Button>
    </Row>
  );
}

import { Button, ChevronButton, SplitButton } from '@zendeskgarden/react-buttons';
import { useId, useState } from 'react';
import styled from 'styled-components';
import { COMPLETION_STATUSES } from '../../../calls/fields';
import type { CompletionStatus } from '../../../calls/live';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row } from '../../shared/layout';

/** A line of its own under the card's buttons, which wrap around it. */
const Outcomes = styled(Row)`
  flex-basis: 100%;
`;

/** The outcomes other than the common one, offered behind the chevron. */
const OTHER_OUTCOMES = COMPLETION_STATUSES.filter((status) => status !== 'completed');

/**
 * End call in one click as "completed"; the chevron beside it offers the
 * other outcomes (abandoned in queue, on hold…), ending the call as one of
 * them in a second click. Plain buttons, not a menu: the card is in the
 * list's first paint, which Garden's dropdowns would weigh down. Rendered
 * inside the card's row of buttons.
 */
export function EndCallButton({
  label,
  disabled,
  busy,
  onEnd,
}: {
  label: string;
  disabled: boolean;
  busy: boolean;
  onEnd: (status: CompletionStatus) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const outcomesId = useId();
  const choose = (status: CompletionStatus) => {
    setOpen(false);
    onEnd(status);
  };

  return (
    <>
      <SplitButton>
        <Button
          size="small"
          isPrimary
          disabled={disabled}
          aria-busy={busy}
          onClick={() => {
            choose('completed');
          }}
        >
          {label}
        </Button>
        <ChevronButton
          size="small"
          isPrimary
          disabled={disabled}
          isRotated={open}
          aria-label={t('live.otherOutcomes')}
          aria-expanded={open}
          aria-controls={outcomesId}
          onClick={() => {
            setOpen(!open);
          }}
        />
      </SplitButton>
      {open ? (
        <Outcomes
          $gap="xs"
          id={outcomesId}
          role="group"
          aria-label={t('live.endAs')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          {OTHER_OUTCOMES.map((status) => (
            <Button
              key={status}
              size="small"
              disabled={disabled}
              onClick={() => {
                choose(status);
              }}
            >
              {t(`values.completion_status.${status}`)}
            </Button>
          ))}
        </Outcomes>
      ) : null}
    </>
  );
}

import { Button } from '@zendeskgarden/react-buttons';
import { Field } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { zonedLocalToIso } from '../../../calls/input/time';
import { timeZoneName } from '../../../calls/input/timeText';
import { useI18n } from '../../../i18n/I18nProvider';
import { DateTimeInput } from '../../shared/form/DateTimeInput';
import { useDateTimeExample } from '../../shared/form/useDateTimeExample';
import { Row, Stack } from '../../shared/layout';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A call "running" for over 12 hours was never ended: the agent says when it really ended. */
export function StaleEndForm({
  start,
  busy,
  problem,
  onEnd,
  onCancel,
}: {
  start: number;
  busy: boolean;
  /** A refusal from Zendesk for the end time */
  problem: string | null;
  onEnd: (end: number) => void;
  onCancel: () => void;
}) {
  const { t, format } = useI18n();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const example = useDateTimeExample();
  const shown = error ?? problem;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = zonedLocalToIso(value, format.timeZone);
    const end = iso === null ? Number.NaN : Date.parse(iso);
    if (value.trim() === '') setError(t('live.endRequired'));
    else if (Number.isNaN(end)) setError(t('errors.timestamp', { example }));
    else if (end < start || end - start > DAY_MS) setError(t('live.endOutOfRange'));
    else {
      setError(null);
      onEnd(end);
    }
  };

  return (
    <Stack as="form" $gap="xs" onSubmit={submit} noValidate>
      <Field>
        <Field.Label>{t('live.realEnd')}</Field.Label>
        <Field.Hint>
          {t('form.timeZoneHint', { timeZone: timeZoneName(format.timeZone, format.locale, start) })}
        </Field.Hint>
        <DateTimeInput value={value} validation={shown === null ? undefined : 'error'} onChange={setValue} />
        {shown === null ? null : <Field.Message validation="error">{shown}</Field.Message>}
      </Field>
      <Row $gap="xs">
        <Button type="submit" size="small" isPrimary disabled={busy}>
          {t('live.saveEnd')}
        </Button>
        <Button size="small" isBasic onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </Row>
    </Stack>
  );
}

import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { zonedLocalToIso } from '../../../calls/input/time';
import { useI18n } from '../../../i18n/I18nProvider';
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
  const shown = error ?? problem;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = zonedLocalToIso(value, format.timeZone);
    const end = iso === null ? Number.NaN : Date.parse(iso);
    if (Number.isNaN(end)) setError(t('live.endRequired'));
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
        <Field.Hint>{t('form.timeZoneHint', { timeZone: format.timeZone })}</Field.Hint>
        <Input
          type="datetime-local"
          step={1}
          value={value}
          validation={shown === null ? undefined : 'error'}
          onChange={(event) => {
            setValue(event.target.value);
          }}
        />
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

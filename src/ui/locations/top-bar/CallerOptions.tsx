import { Field, Fieldset, Input, Radio } from '@zendeskgarden/react-forms';
import { SM } from '@zendeskgarden/react-typography';
import type { Caller } from '../../../calls/callers/searchCallers';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../../shared/layout';
import type { CallerPick } from './useCallerLookup';

function whoLine(caller: Caller): string {
  return [caller.email, caller.organization].filter((part) => part !== null && part !== '').join(' · ');
}

/** The users Zendesk has with this number: one is simply shown picked, several are the agent's choice. */
export function CallerOptions({
  callers,
  pick,
  onPick,
  error,
}: {
  callers: readonly Caller[];
  pick: CallerPick;
  onPick: (pick: CallerPick) => void;
  error: string | null;
}) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('topBar.callerLegend')}</Fieldset.Legend>
      {callers.length > 1 ? <SM>{t('topBar.severalMatches')}</SM> : null}
      {callers.map((caller) => (
        <Field key={caller.id}>
          <Radio
            name="caller"
            value={String(caller.id)}
            checked={pick === caller.id}
            onChange={() => {
              onPick(caller.id);
            }}
          >
            <Field.Label>{caller.name}</Field.Label>
            {whoLine(caller) === '' ? null : <Field.Hint>{whoLine(caller)}</Field.Hint>}
          </Radio>
        </Field>
      ))}
      {error === null ? null : (
        <Field>
          <Field.Message validation="error" role="alert">
            {error}
          </Field.Message>
        </Field>
      )}
    </Fieldset>
  );
}

/** No one has the number: the user made when the call is logged, with a name the agent can change. */
export function NewCaller({
  name,
  onName,
  error,
}: {
  name: string;
  onName: (name: string) => void;
  error: string | null;
}) {
  const { t } = useI18n();
  return (
    <Stack $gap="xs">
      <Field>
        <Field.Label>{t('topBar.newCaller')}</Field.Label>
        <Field.Hint>{t('topBar.newCallerHint')}</Field.Hint>
      </Field>
      <Field>
        <Field.Label>{t('topBar.newCallerName')}</Field.Label>
        <Input
          value={name}
          validation={error === null ? undefined : 'error'}
          onChange={(event) => {
            onName(event.target.value);
          }}
        />
        {error === null ? null : <Field.Message validation="error">{error}</Field.Message>}
      </Field>
    </Stack>
  );
}

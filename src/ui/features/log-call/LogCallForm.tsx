import { Field, Fieldset, Radio } from '@zendeskgarden/react-forms';
import { useMemo, useState } from 'react';
import { DIRECTIONS } from '../../../calls/fields';
import type { CallFieldName } from '../../../calls/fields';
import { buildCreateInput } from '../../../calls/form/bodies';
import type { CreatedCall } from '../../../calls/recovery';
import { useI18n } from '../../../i18n/I18nProvider';
import { draftKey, useSession } from '../../shared/session/SessionProvider';
import { Row } from '../../shared/layout';
import { CallFieldInput } from '../../shared/form/CallFieldInput';
import { CallFormFrame } from '../../shared/form/CallFormFrame';
import { useCallFormTools } from '../../shared/form/CallFormTools';
import { NowButton } from '../../shared/form/NowButton';
import { useCallForm } from '../../shared/form/useCallForm';
import { useCommentTitle, voiceCommentChoice } from '../../shared/form/voiceComment';
import { CreateCheckNotice } from './CreateCheckNotice';
import { logCallDefaults } from './logCallDefaults';
import { identityFor, useCreateCall } from './useCreateCall';

/** Shown first, in this order; the rest is folded away by group. */
const FIRST_FIELDS: readonly CallFieldName[] = ['direction', 'from_line', 'to_line', 'call_started_at', 'ticket_id'];

/** Log a new call on this ticket: the record and its voice comment, in one request. */
export function LogCallForm({
  onCancel,
  onLogged,
}: {
  onCancel: () => void;
  onLogged: (created: CreatedCall) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const { timeZone } = useCallFormTools();
  const { titleOf, titleFollower } = useCommentTitle();
  const [initial] = useState(() => logCallDefaults(session, { now: Date.now(), timeZone, titleOf }));
  // The comment's title follows direction and number until the agent writes their own.
  const followers = useMemo(() => [titleFollower], [titleFollower]);
  const callForm = useCallForm(initial, 'create', draftKey(session, 'log'), followers);
  const { form, draft, changeField, onSubmit } = callForm;
  const { check, create } = useCreateCall(session, form, draft, timeZone, callForm.notKept, onLogged);

  // Inbound and outbound swap the two lines: the customer stays the customer.
  const direction = form.register('call.direction');
  const changeDirection = (event: Parameters<typeof direction.onChange>[0]) => {
    void changeField('direction', async () => {
      await direction.onChange(event);
      const { from_line, to_line } = form.getValues('call');
      form.setValue('call.from_line', to_line, { shouldDirty: true });
      form.setValue('call.to_line', from_line, { shouldDirty: true });
    });
  };

  const save = onSubmit(async (parsed) => {
    const typed = parsed.call.external_id;
    const identity = identityFor(typeof typed === 'string' ? typed : null, draft);
    const input = buildCreateInput(
      { ...parsed.call, external_id: identity.externalId },
      { appId: session.appId, ticketId: session.ticketId, comment: voiceCommentChoice(parsed.comment, session) },
    );
    await create(input, identity);
  });

  return (
    <CallFormFrame
      callForm={callForm}
      titleId="log-call-title"
      title={t('form.logTitle')}
      backLabel={t('details.back')}
      shownFirst={FIRST_FIELDS}
      commentOptional={false}
      submitLabel={t('form.submitLog')}
      submitDisabled={session.appId === 0 || check === 'checking'}
      notice={<CreateCheckNotice check={check} />}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Fieldset>
        <Fieldset.Legend>{t('fields.direction')}</Fieldset.Legend>
        <Row $gap="md">
          {DIRECTIONS.map((value) => (
            <Field key={value}>
              <Radio {...direction} onChange={changeDirection} value={value}>
                <Field.Label isRegular>{t(`values.direction.${value}`)}</Field.Label>
              </Radio>
            </Field>
          ))}
        </Row>
      </Fieldset>
      <CallFieldInput name="from_line" />
      <CallFieldInput name="to_line" />
      <CallFieldInput name="call_started_at" action={<NowButton field="call_started_at" label={t('form.now')} />} />
    </CallFormFrame>
  );
}

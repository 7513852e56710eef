import { Field, Fieldset, Input, Radio } from '@zendeskgarden/react-forms';
import { MD } from '@zendeskgarden/react-typography';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { DIRECTIONS, FIELD_GROUPS, fieldsOfGroup } from '../../../calls/fields';
import type { CallFieldName, Direction } from '../../../calls/fields';
import { buildCreateInput } from '../../../calls/form/requests';
import { createCallOnce } from '../../../calls/recovery';
import type { CreatedCall } from '../../../calls/recovery';
import { useI18n } from '../../../i18n/I18nProvider';
import { draftKey, useSession } from '../../shared/session/SessionProvider';
import { Row, Stack } from '../../shared/layout';
import { CallFieldInput } from '../../shared/form/CallFieldInput';
import { useCallFormTools } from '../../shared/form/CallFormTools';
import { defaultCommentTitle } from '../../shared/form/commentTitle';
import { FieldGroups } from '../../shared/form/FieldGroups';
import { FormHeader } from '../../shared/form/FormHeader';
import { FormActions } from '../../shared/form/FormActions';
import { FormProblem } from '../../shared/form/FormProblem';
import { NowButton } from '../../shared/form/NowButton';
import { useCallForm } from '../../shared/form/useCallForm';
import { useDerivedDuration } from '../../shared/form/useDerivedDuration';
import { VoiceCommentFields } from '../../shared/form/VoiceCommentFields';
import { logCallDefaults } from './logCallDefaults';

/** Shown first, in this order; the rest is folded away by group. */
const FIRST_FIELDS: readonly CallFieldName[] = ['direction', 'from_line', 'to_line', 'call_started_at', 'ticket_id'];
const MORE_SECTIONS = FIELD_GROUPS.map((group) => ({
  group,
  fields: fieldsOfGroup(group).filter((name) => !FIRST_FIELDS.includes(name)),
}));

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
  const tools = useCallFormTools();
  const titleFor = (direction: Direction, number: string) =>
    defaultCommentTitle(i18n, tools.normalisePhone, direction, number);
  const [initial] = useState(() => logCallDefaults(session, Date.now(), titleFor));
  const { form, draft, problem, secondsToWait, onSubmit } = useCallForm(initial, 'create', draftKey(session, 'log'));
  const derivedDuration = useDerivedDuration(form, session.timeZone);
  const { isSubmitting } = form.formState;

  // Keep the comment's title in step with direction and number until the agent writes their own.
  const [direction, from, to] = useWatch({
    control: form.control,
    name: ['call.direction', 'call.from_line', 'call.to_line'],
  });
  const autoTitle = useRef(initial.comment.title);
  useEffect(() => {
    const known = DIRECTIONS.find((value) => value === direction) ?? 'inbound';
    const next = titleFor(known, known === 'inbound' ? from : to);
    if (form.getValues('comment.title') === autoTitle.current && next !== autoTitle.current) {
      form.setValue('comment.title', next);
    }
    autoTitle.current = next;
  });

  const swapLines = () => {
    const { from_line, to_line } = form.getValues('call');
    form.setValue('call.from_line', to_line, { shouldDirty: true });
    form.setValue('call.to_line', from_line, { shouldDirty: true });
  };

  const save = onSubmit(async (parsed) => {
    const input = buildCreateInput(parsed.call, {
      appId: session.appId,
      ticketId: session.ticketId,
      comment: { title: parsed.comment.title, fields: parsed.comment.fields, authorId: session.agent?.id ?? null },
    });
    const created = await createCallOnce(session.transport, input);
    draft.clear();
    onLogged(created);
  });

  return (
    <FormProvider {...form}>
      <Stack as="form" $gap="md" noValidate onSubmit={save} aria-labelledby="log-call-title">
        <FormHeader
          id="log-call-title"
          title={t('form.logTitle')}
          backLabel={t('details.back')}
          onBack={onCancel}
          draft={draft}
        />
        <Fieldset>
          <Fieldset.Legend>{t('fields.direction')}</Fieldset.Legend>
          <Row $gap="md">
            {DIRECTIONS.map((value) => (
              <Field key={value}>
                <Radio {...form.register('call.direction', { onChange: swapLines })} value={value}>
                  <Field.Label isRegular>{t(`values.direction.${value}`)}</Field.Label>
                </Radio>
              </Field>
            ))}
          </Row>
        </Fieldset>
        <CallFieldInput name="from_line" />
        <CallFieldInput name="to_line" />
        <CallFieldInput name="call_started_at" action={<NowButton field="call_started_at" label={t('form.now')} />} />
        <Field>
          <Field.Label>{t('form.appIdLabel')}</Field.Label>
          <Field.Hint>{t('form.appIdHint')}</Field.Hint>
          <Input readOnly value={session.appId === 0 ? '—' : String(session.appId)} />
        </Field>
        <MD tag="h3" isBold>
          {t('form.moreFields')}
        </MD>
        <FieldGroups sections={MORE_SECTIONS} hints={derivedDuration ? { duration: t('form.durationDerived') } : {}} />
        <VoiceCommentFields optional={false} />
        {problem === null ? null : <FormProblem submitProblem={problem} secondsLeft={secondsToWait} />}
        <FormActions
          submitLabel={t('form.submitLog')}
          submitting={isSubmitting}
          secondsToWait={secondsToWait}
          disabled={session.appId === 0}
          onCancel={onCancel}
        />
      </Stack>
    </FormProvider>
  );
}

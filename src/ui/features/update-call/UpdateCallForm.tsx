import { MD } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { addVoiceComment, updateCall } from '../../../calls/api';
import { toCallApiError } from '../../../calls/errors';
import { FIELD_GROUPS, fieldsOfGroup } from '../../../calls/fields';
import type { CallFieldName, Direction } from '../../../calls/fields';
import { buildUpdateChanges, buildVoiceComment } from '../../../calls/form/requests';
import { recordToFormValues } from '../../../calls/form/values';
import type { CallRecord } from '../../../calls/schema';
import { useI18n } from '../../../i18n/I18nProvider';
import { draftKey, useSession } from '../../shared/session/SessionProvider';
import { useNotices } from '../../shared/notices/NoticesProvider';
import { describeProblem } from '../../shared/ProblemMessage';
import { Stack } from '../../shared/layout';
import { CallFieldInput } from '../../shared/form/CallFieldInput';
import { useCallFormTools } from '../../shared/form/CallFormTools';
import { defaultCommentTitle } from '../../shared/form/commentTitle';
import { editedFields } from '../../shared/form/edits';
import { FieldGroups } from '../../shared/form/FieldGroups';
import { FormHeader } from '../../shared/form/FormHeader';
import { FormActions } from '../../shared/form/FormActions';
import { FormProblem } from '../../shared/form/FormProblem';
import { NowButton } from '../../shared/form/NowButton';
import { useCallForm } from '../../shared/form/useCallForm';
import { useDerivedDuration } from '../../shared/form/useDerivedDuration';
import { VoiceCommentFields } from '../../shared/form/VoiceCommentFields';
import { updateCallDefaults } from './updateCallDefaults';

/** What an agent fills in when a call ends, shown first. */
const WRAP_UP_FIELDS: readonly CallFieldName[] = [
  'call_ended_at',
  'duration',
  'completion_status',
  'call_disposition',
  'recording_url',
  'transcript',
];
const MORE_SECTIONS = FIELD_GROUPS.map((group) => ({
  group,
  fields: fieldsOfGroup(group).filter((name) => !WRAP_UP_FIELDS.includes(name)),
}));

export interface UpdateResult {
  call: CallRecord;
  changed: boolean;
  commented: boolean;
}

/** Update a stored call, sending only what the agent changed, and optionally add a voice comment. */
export function UpdateCallForm({
  record,
  onCancel,
  onSaved,
}: {
  record: CallRecord;
  onCancel: () => void;
  onSaved: (result: UpdateResult) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const { notify } = useNotices();
  const tools = useCallFormTools();
  const titleFor = (direction: Direction, number: string) =>
    defaultCommentTitle(i18n, tools.normalisePhone, direction, number);
  const [initial] = useState(() => updateCallDefaults(record, session, titleFor));
  const [stored, setStored] = useState(record);
  const { form, draft, problem, secondsToWait, onSubmit } = useCallForm(
    initial,
    'update',
    draftKey(session, `update:${record.id}`),
  );
  const derivedDuration = useDerivedDuration(form, session.timeZone);

  const save = onSubmit(async (parsed) => {
    const startedFrom = form.formState.defaultValues?.call ?? initial.call;
    const edited = editedFields(form.getValues('call'), { ...initial.call, ...startedFrom });
    const changes = buildUpdateChanges(stored, parsed.call, edited);
    const changed = Object.keys(changes).length > 0;
    if (!changed && !parsed.comment.add) {
      notify('info', t('form.noChanges'));
      return;
    }
    const updated = changed ? await updateCall(session.transport, stored.id, changes) : stored;
    if (changed) {
      // Saved: from here on the form compares against the stored record, so a retry sends only the comment.
      setStored(updated);
      form.reset({ call: recordToFormValues(updated, session.timeZone), comment: form.getValues('comment') });
    }
    if (parsed.comment.add) {
      try {
        await addVoiceComment(
          session.transport,
          updated.id,
          buildVoiceComment({
            title: parsed.comment.title,
            fields: parsed.comment.fields,
            authorId: session.agent?.id ?? null,
          }),
        );
      } catch (error) {
        if (changed)
          notify(
            'warning',
            t('notify.commentFailed', { reason: describeProblem(toCallApiError(error).problem, i18n) }),
          );
        throw error;
      }
    }
    draft.clear();
    onSaved({ call: updated, changed, commented: parsed.comment.add });
  });

  return (
    <FormProvider {...form}>
      <Stack as="form" $gap="md" noValidate onSubmit={save} aria-labelledby="update-call-title">
        <FormHeader
          id="update-call-title"
          title={t('form.updateTitle')}
          backLabel={t('form.cancel')}
          onBack={onCancel}
          draft={draft}
        />
        <MD tag="h3" isBold>
          {t('groups.finish')}
        </MD>
        {WRAP_UP_FIELDS.map((name) => (
          <CallFieldInput
            key={name}
            name={name}
            action={
              name === 'call_ended_at' ? <NowButton field="call_ended_at" label={t('form.endedNow')} /> : undefined
            }
            hint={name === 'duration' && derivedDuration ? t('form.durationDerived') : undefined}
          />
        ))}
        <MD tag="h3" isBold>
          {t('form.moreFields')}
        </MD>
        <FieldGroups sections={MORE_SECTIONS} />
        <VoiceCommentFields optional />
        {problem === null ? null : <FormProblem submitProblem={problem} secondsLeft={secondsToWait} />}
        <FormActions
          submitLabel={t('form.submitUpdate')}
          submitting={form.formState.isSubmitting}
          secondsToWait={secondsToWait}
          onCancel={onCancel}
        />
      </Stack>
    </FormProvider>
  );
}

import { MD } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import type { CallFieldName } from '../../../calls/fields';
import { recordToFormValues } from '../../../calls/form/values';
import type { CallRecord } from '../../../calls/schema';
import { updateCallAndComment } from '../../../calls/updateCallAndComment';
import { useI18n } from '../../../i18n/I18nProvider';
import { draftKey, useSession } from '../../shared/session/SessionProvider';
import { useNotices } from '../../shared/notices/NoticesProvider';
import { problemSentence } from '../../shared/ProblemMessage';
import { Stack } from '../../shared/layout';
import { CallFieldInput } from '../../shared/form/CallFieldInput';
import { CallFormProvider } from '../../shared/form/CallFormProvider';
import { useCallFormTools } from '../../shared/form/CallFormTools';
import { FieldGroups, foldedSections } from '../../shared/form/FieldGroups';
import { editedCallFields } from '../../shared/form/formModel';
import { FormHeader } from '../../shared/form/FormHeader';
import { FormActions } from '../../shared/form/FormActions';
import { FormProblem } from '../../shared/form/FormProblem';
import { NowButton } from '../../shared/form/NowButton';
import { useCallForm } from '../../shared/form/useCallForm';
import { useCommentTitle, voiceCommentChoice } from '../../shared/form/voiceComment';
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
const MORE_SECTIONS = foldedSections(WRAP_UP_FIELDS);

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
  const { timeZone } = useCallFormTools();
  const { titleOf } = useCommentTitle();
  const [initial] = useState(() => updateCallDefaults(record, session, { timeZone, titleOf }));
  const [stored, setStored] = useState(record);
  const { form, draft, problem, secondsToWait, changeField, onSubmit } = useCallForm(
    initial,
    'update',
    draftKey(session, `update:${record.id}`),
  );

  const save = onSubmit(async (parsed) => {
    const outcome = await updateCallAndComment(session.transport, {
      stored,
      fields: parsed.call,
      edited: editedCallFields(form),
      comment: parsed.comment.add ? voiceCommentChoice(parsed.comment, session) : null,
    });
    if (outcome.kind === 'nothingToSave') {
      notify('info', t('form.noChanges'));
      return;
    }
    if (outcome.changed) {
      // Saved: from here on the form compares against the stored record, so a retry sends only the comment.
      setStored(outcome.call);
      form.reset({ call: recordToFormValues(outcome.call, timeZone), comment: form.getValues('comment') });
    }
    if (outcome.kind === 'commentFailed') {
      if (outcome.changed) {
        notify('warning', t('notify.commentFailed', { reason: problemSentence(outcome.error.problem, i18n) }));
      }
      throw outcome.error;
    }
    draft.clear();
    onSaved({ call: outcome.call, changed: outcome.changed, commented: outcome.commented });
  });

  return (
    <CallFormProvider form={form} changeField={changeField}>
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
          />
        ))}
        <MD tag="h3" isBold>
          {t('form.moreFields')}
        </MD>
        <FieldGroups sections={MORE_SECTIONS} />
        <VoiceCommentFields optional />
        {problem === null ? null : <FormProblem submitProblem={problem} secondsToWait={secondsToWait} />}
        <FormActions
          submitLabel={t('form.submitUpdate')}
          submitting={form.formState.isSubmitting}
          secondsToWait={secondsToWait}
          onCancel={onCancel}
        />
      </Stack>
    </CallFormProvider>
  );
}

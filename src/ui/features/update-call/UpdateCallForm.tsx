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
import { CallFieldInput } from '../../shared/form/CallFieldInput';
import { CallFormFrame } from '../../shared/form/CallFormFrame';
import { useCallFormTools } from '../../shared/form/CallFormTools';
import { editedCallFields } from '../../shared/form/formModel';
import { NowButton } from '../../shared/form/NowButton';
import { useCallForm } from '../../shared/form/useCallForm';
import { useCommentTitle, voiceCommentChoice } from '../../shared/form/voiceComment';
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
  const callForm = useCallForm(initial, 'update', draftKey(session, `update:${record.id}`));
  const { form, draft, onSubmit } = callForm;

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
    <CallFormFrame
      callForm={callForm}
      titleId="update-call-title"
      title={t('form.updateTitle')}
      backLabel={t('form.cancel')}
      shownFirst={WRAP_UP_FIELDS}
      commentOptional
      submitLabel={t('form.submitUpdate')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <MD tag="h3" isBold>
        {t('groups.finish')}
      </MD>
      {WRAP_UP_FIELDS.map((name) => (
        <CallFieldInput
          key={name}
          name={name}
          action={name === 'call_ended_at' ? <NowButton field="call_ended_at" label={t('form.endedNow')} /> : undefined}
        />
      ))}
    </CallFormFrame>
  );
}

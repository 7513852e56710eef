import { MD } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import type { Collision } from '../../../calls/conflicts';
import type { CallFieldName } from '../../../calls/fields';
import { recordToFormValues } from '../../../calls/form/values';
import type { CallRecord } from '../../../calls/schema';
import { updateCallUnlessConflicting } from '../../../calls/updateCallAndComment';
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
import { ConflictNotice } from './ConflictNotice';
import type { KeptSide } from './ConflictNotice';
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

  const [collisions, setCollisions] = useState<Collision[] | null>(null);

  /** The form's baseline becomes `call`: untouched fields show its values, the agent's edits stay. */
  const takeIn = (call: CallRecord, keepEdits: boolean) => {
    setStored(call);
    form.reset(
      { call: recordToFormValues(call, timeZone), comment: form.getValues('comment') },
      { keepDirtyValues: keepEdits },
    );
  };

  /**
   * The agent's answer to a conflict, before the form is sent again: "mine"
   * keeps the edits (the fresh record is already the baseline, so they are
   * sent over theirs); "theirs" puts the colliding fields back to the stored values.
   */
  const choose = (kept: KeptSide) => {
    if (kept === 'mine') return;
    for (const { field } of collisions ?? []) form.resetField(`call.${field}`);
  };

  const save = onSubmit(async (parsed) => {
    // Sent from the conflict notice: "Keep theirs" with nothing else edited leaves nothing to send, and the form is done.
    const settlingConflict = collisions !== null;
    // As typed, before the answer becomes the form's baseline: a field Zendesk drops must not lose it.
    const typed = form.getValues('call');
    setCollisions(null);
    const outcome = await updateCallUnlessConflicting(session.transport, {
      stored,
      fields: parsed.call,
      edited: editedCallFields(form),
      comment: parsed.comment.add ? voiceCommentChoice(parsed.comment, session) : null,
    });
    if (outcome.kind === 'nothingToSave') {
      if (settlingConflict) {
        draft.clear();
        onSaved({ call: stored, changed: false, commented: false });
        return;
      }
      notify('info', t('form.noChanges'));
      return;
    }
    if (outcome.kind === 'conflict') {
      // Nothing was sent: the fresh record is the new baseline, and the agent decides the fields both changed.
      takeIn(outcome.fresh, true);
      setCollisions(outcome.collisions);
      return;
    }
    if (outcome.call !== stored) {
      // Saved (or found already stored): a retry compares against this record and sends only the comment.
      takeIn(outcome.call, false);
    }
    if (outcome.kind === 'commentFailed') {
      callForm.notKept.report(outcome.call.id, outcome.sent, outcome.notKept, typed);
      if (outcome.changed) {
        notify('warning', t('notify.commentFailed', { reason: problemSentence(outcome.error.problem, i18n) }));
      }
      throw outcome.error;
    }
    draft.clear();
    callForm.notKept.report(outcome.call.id, outcome.sent, outcome.notKept, typed);
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
      submitDisabled={collisions !== null}
      notice={collisions === null ? null : <ConflictNotice collisions={collisions} onChoose={choose} />}
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

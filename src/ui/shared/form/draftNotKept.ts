import { useCallback, useState } from 'react';
import type { CallFieldName } from '../../../calls/fields';
import type { CallFormValues } from '../../../calls/form/values';
import { NotKeptMemory } from '../../../calls/notKeptMemory';
import { useI18n } from '../../../i18n/I18nProvider';
import { useNotices } from '../notices/NoticesProvider';
import { draftKey, useSession } from '../session/SessionProvider';
import { writeDraft } from './draftStorage';

export interface NotKeptHandle {
  /** Fields Zendesk did not keep on this installation's account: the forms neither offer nor send them */
  fields: readonly CallFieldName[];
  /**
   * After a save whose answer lacks fields that were sent: remembers them,
   * keeps what the agent typed in them as the call's update draft (shown in
   * that form's notes), and says which fields, by their labels.
   */
  report: (callId: number, sent: readonly string[], notKept: readonly CallFieldName[], values: CallFormValues) => void;
}

export function useNotKeptFields(): NotKeptHandle {
  const { t } = useI18n();
  const session = useSession();
  const { notify } = useNotices();
  const [memory] = useState(() => new NotKeptMemory(session.installationId));
  const [fields, setFields] = useState<readonly CallFieldName[]>(() => memory.fields());

  const report = useCallback<NotKeptHandle['report']>(
    (callId, sent, notKept, values) => {
      setFields(memory.record(sent, notKept));
      if (notKept.length === 0) return;
      const typed: Partial<Record<CallFieldName, string | boolean>> = {};
      for (const name of notKept) typed[name] = values[name];
      writeDraft(draftKey(session, `update:${callId}`), {
        savedAt: Date.now(),
        call: typed as Partial<CallFormValues>,
        comment: null,
      });
      const labels = notKept.map((name) => t(`fields.${name}`)).join(', ');
      notify('warning', t('notify.notKept', { fields: labels }));
    },
    [memory, notify, session, t],
  );

  return { fields, report };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CreateCallInput } from '../../../calls/api';
import { isOutcomeUnknown, toCallApiError, waitAskedFor } from '../../../calls/errors';
import { zonedLocalToIso } from '../../../calls/input/time';
import { createCallOnce, findCreatedCall, recoveredCall, watchForCreatedCall } from '../../../calls/recovery';
import type { CreateIdentity, CreatedCall } from '../../../calls/recovery';
import type { CallCreate } from '../../../calls/writeSchema';
import type { CallFormApi } from '../../shared/form/formModel';
import type { FormDraftHandle } from '../../shared/form/useFormDraft';
import type { NotKeptHandle } from '../../shared/form/draftNotKept';
import type { Session } from '../../shared/session/SessionProvider';

/** Where a create whose answer was lost stands: being looked for, or looked for long enough and not found. */
export type CreateCheck = 'idle' | 'checking' | 'notFound';

/** The id a create is sent with: the agent's own when they typed one, else the draft's. */
export function identityFor(typed: string | null | undefined, draft: FormDraftHandle): CreateIdentity {
  const own = typed?.trim() ?? '';
  return own === '' ? { externalId: draft.externalId, generated: true } : { externalId: own, generated: false };
}

/**
 * Sends the log form's create so that it can never make two calls: the draft
 * remembers the send (and its id) before the request goes, an ambiguous
 * failure is followed by a bounded look for the call, a resend is preceded by
 * one more look, and a form reopened after a reload mid-create looks first.
 */
export function useCreateCall(
  session: Session,
  form: CallFormApi,
  draft: FormDraftHandle,
  timeZone: string,
  notKept: NotKeptHandle,
  onLogged: (created: CreatedCall) => void,
) {
  const [check, setCheck] = useState<CreateCheck>(() => (draft.sentAt === null ? 'idle' : 'checking'));
  const alive = useRef<AbortController | null>(null);
  const { transport, ticketId } = session;
  const { clear, markSent } = draft;
  const { report } = notKept;

  const finish = useCallback(
    (created: CreatedCall, sent: CallCreate) => {
      clear();
      report(created.call.id, Object.keys(sent), created.notKept, form.getValues('call'));
      onLogged(created);
    },
    [clear, form, onLogged, report],
  );

  // A draft that was sent before a reload: the answer never reached this page, so look before offering anything.
  const [sentBeforeOpening] = useState(draft.sentAt);
  useEffect(() => {
    const controller = new AbortController();
    alive.current = controller;
    if (sentBeforeOpening !== null) {
      const values = form.getValues('call');
      const sent: CallCreate = {
        app_id: session.appId,
        direction: values.direction === 'outbound' ? 'outbound' : 'inbound',
        from_line: values.from_line,
        to_line: values.to_line,
        call_started_at: zonedLocalToIso(values.call_started_at, timeZone) ?? values.call_started_at,
      };
      const identity = identityFor(values.external_id, draft);
      void watchForCreatedCall(transport, ticketId, sent, identity, {
        since: Date.now(),
        delaysMs: [0, 3_000, 8_000, 15_000, 30_000, 45_000],
        signal: controller.signal,
      }).then((found) => {
        if (controller.signal.aborted) return;
        if (found === null) setCheck('notFound');
        else finish(recoveredCall(sent, found), sent);
      });
    }
    return () => {
      controller.abort();
    };
    // Once, as the form opens: later sends run through `create`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const create = useCallback(
    async (input: CreateCallInput, identity: CreateIdentity) => {
      const sentBefore = draft.sentAt;
      setCheck('idle');
      if (sentBefore !== null) {
        // A resend: the earlier send may have landed since the last look.
        const found = await findCreatedCall(transport, ticketId, input.call, identity).catch(() => null);
        if (found !== null) {
          finish(recoveredCall(input.call, found), input.call);
          return;
        }
      }
      markSent(Date.now());
      try {
        const created = await createCallOnce(transport, input, identity, {
          signal: alive.current?.signal,
          onChecking: () => {
            setCheck('checking');
          },
        });
        finish(created, input.call);
      } catch (error) {
        const failure = toCallApiError(error);
        // A clear refusal stored nothing; an earlier unanswered send may still land.
        if (!isOutcomeUnknown(failure.problem)) markSent(sentBefore);
        const lookedLong = isOutcomeUnknown(failure.problem) && waitAskedFor(failure.problem) === null;
        setCheck(lookedLong ? 'notFound' : 'idle');
        throw failure;
      }
    },
    [draft.sentAt, finish, markSent, transport, ticketId],
  );

  return { check, create };
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { toCallApiError } from '../../../calls/errors';
import { useCallFormTools } from './CallFormTools';
import type { ChangeField } from './CallFormProvider';
import { changeWithFollowers, durationFollower } from './followers';
import type { Follower } from './followers';
import { callFormSchema } from './formModel';
import type { CallFormApi, CallFormShape, ParsedCallForm } from './formModel';
import { showSubmitProblem } from './submitProblem';
import type { SubmitProblem } from './submitProblem';
import { useCountdown } from './useCountdown';
import { useNotKeptFields } from './draftNotKept';
import type { NotKeptHandle } from './draftNotKept';
import { useFormDraft } from './useFormDraft';
import type { FormDraftHandle } from './useFormDraft';

export interface CallForm {
  form: CallFormApi;
  draft: FormDraftHandle;
  /** Why the last submit failed, if it did */
  problem: SubmitProblem | null;
  /** Seconds until Zendesk accepts another try after a 429 */
  secondsToWait: number;
  /** How the form's inputs apply a change: with the fields that follow it */
  changeField: ChangeField;
  /** Fields Zendesk does not keep on this account: not offered, not sent; and how a save reports more */
  notKept: NotKeptHandle;
  /** The form's submit handler around `save`: one request at a time, failures shown, entries kept */
  onSubmit: (save: (parsed: ParsedCallForm) => Promise<void>) => (event: FormEvent) => void;
}

const NO_FOLLOWERS: readonly Follower[] = [];

/**
 * What the log and update forms share: validation, drafts, the duration that
 * follows the times (and any other `followers`), one submit at a time, and failure display.
 */
export function useCallForm(
  initial: CallFormShape,
  mode: 'create' | 'update',
  draftKey: string,
  followers: readonly Follower[] = NO_FOLLOWERS,
): CallForm {
  const tools = useCallFormTools();
  const schema = useMemo(() => callFormSchema(tools, mode), [tools, mode]);
  const form = useForm<CallFormShape, unknown, ParsedCallForm>({
    defaultValues: initial,
    resolver: zodResolver(schema),
    // Say what is wrong once the agent leaves a field, then as they fix it.
    mode: 'onTouched',
  });
  const draft = useFormDraft(form, draftKey, initial);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const secondsToWait = useCountdown(problem?.retryAt ?? null);
  const inFlight = useRef(false);
  const notKept = useNotKeptFields();
  const notKeptFields = notKept.fields;
  const allFollowers = useMemo(() => [durationFollower(tools.timeZone), ...followers], [tools.timeZone, followers]);
  const changeField = useCallback<ChangeField>(
    (name, change) => changeWithFollowers(form, allFollowers, name, change),
    [form, allFollowers],
  );

  const onSubmit = useCallback(
    (save: (parsed: ParsedCallForm) => Promise<void>) => (event: FormEvent) => {
      void form.handleSubmit(async (parsed) => {
        // A double click or a second Enter lands here before React re-renders the disabled button.
        if (inFlight.current) return;
        inFlight.current = true;
        setProblem(null);
        try {
          // A field Zendesk drops on this account is not sent: the agent's value stays in the form and its draft.
          const call = Object.fromEntries(
            Object.entries(parsed.call).filter(([name]) => !(notKeptFields as readonly string[]).includes(name)),
          ) as ParsedCallForm['call'];
          await save({ ...parsed, call });
        } catch (error) {
          setProblem(showSubmitProblem(toCallApiError(error).problem, form.setError, Date.now()));
        } finally {
          inFlight.current = false;
        }
      })(event);
    },
    [form, notKeptFields],
  );

  return { form, draft, problem, secondsToWait, changeField, notKept, onSubmit };
}

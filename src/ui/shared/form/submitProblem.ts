import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { retryAtOf } from '../../../calls/errors';
import type { ApiProblem } from '../../../calls/errors';
import { isCallFieldName } from '../../../calls/fields';
import type { CallFormShape } from './formModel';

/** How a failed submit is shown: the problem, the 422 details no field could take, and when to try again. */
export interface SubmitProblem {
  problem: ApiProblem;
  unplaced: Record<string, readonly string[]>;
  retryAt: number | null;
}

const COMMENT_FIELDS: Partial<Record<string, FieldPath<CallFormShape>>> = { title: 'comment.title' };

/**
 * Puts Zendesk's 422 details next to the fields they name, as Zendesk wrote
 * them; returns the problem with whatever could not be placed.
 */
export function showSubmitProblem(
  problem: ApiProblem,
  setError: UseFormSetError<CallFormShape>,
  now: number,
): SubmitProblem {
  const unplaced: Record<string, readonly string[]> = {};
  if (problem.kind === 'invalid') {
    for (const [field, messages] of Object.entries(problem.fields)) {
      const path = isCallFieldName(field) ? (`call.${field}` as const) : COMMENT_FIELDS[field];
      if (path === undefined) unplaced[field] = messages;
      else setError(path, { type: 'server', message: messages.join(' ') });
    }
  }
  return { problem, unplaced, retryAt: retryAtOf(problem, now) };
}

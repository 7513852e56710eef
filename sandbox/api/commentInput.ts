// Validates the voice comment fields sent with a call (`comment`) or to
// POST /api/v2/calls/{id}/comments (at the top level).

import type { SandboxStore } from './store.ts';
import type { ErrorDetails, FieldError } from './validateCall.ts';

export interface CommentInput {
  title: string | null;
  callFields: string[];
  authorId: number | null;
  displayToAgent: number | null;
  subject: string | null;
  endUserId: number | null;
}

export type CommentValidation = { ok: true; comment: CommentInput } | { ok: false; details: ErrorDetails };

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the comment fields; unknown keys are ignored, as the API ignores them. */
export function validateCommentInput(input: Record<string, unknown>, store: SandboxStore): CommentValidation {
  const details: ErrorDetails = {};
  const report = (name: string, description: string) => {
    const error: FieldError = { description, error: 'InvalidValue' };
    (details[name] ??= []).push(error);
  };
  const text = (name: string): string | null => {
    const value = input[name];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    report(name, `${name} must be a string`);
    return null;
  };
  const userId = (name: string, mustBeAgent: boolean): number | null => {
    const value = input[name];
    if (value === undefined || value === null) return null;
    if (!isPositiveInteger(value)) {
      report(name, `${name} must be a positive integer`);
      return null;
    }
    const user = store.user(value);
    if (!user) report(name, `${name} ${value} is not a user of this account`);
    else if (mustBeAgent && user.role === 'end-user') report(name, `${name} ${value} is not an agent`);
    return value;
  };

  const title = text('title');
  const subject = text('subject');
  let callFields: string[] = [];
  const rawFields = input.call_fields;
  if (Array.isArray(rawFields) && rawFields.every((name) => typeof name === 'string')) callFields = rawFields;
  else if (rawFields !== undefined && rawFields !== null)
    report('call_fields', 'call_fields must be an array of call field names');
  const authorId = userId('author_id', false);
  const displayToAgent = userId('display_to_agent', true);
  const endUserId = userId('end_user_id', false);

  if (Object.keys(details).length > 0) return { ok: false, details };
  return { ok: true, comment: { title, callFields, authorId, displayToAgent, subject, endUserId } };
}

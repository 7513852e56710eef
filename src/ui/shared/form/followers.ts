import { get } from 'react-hook-form';
import type { CallFieldName } from '../../../calls/fields';
import { durationToInput } from '../../../calls/input/duration';
import { zonedLocalToIso } from '../../../calls/input/time';
import type { CallFormApi, CallFormShape } from './formModel';

/**
 * A field worked out from others (the duration from the times, the comment's
 * title from direction and number) for as long as the agent has not written
 * their own: it follows while it shows what the others gave before a change.
 */
export interface Follower {
  target: 'call.duration' | 'comment.title';
  sources: readonly CallFieldName[];
  /** Its value for these entries, or null when they give none */
  workOut: (values: CallFormShape) => string | null;
  /** An empty target follows too (a duration not yet known); an emptied title stays the agent's */
  followsWhenEmpty: boolean;
}

function isFollowing(follower: Follower, values: CallFormShape): boolean {
  const current: unknown = get(values, follower.target);
  return (follower.followsWhenEmpty && current === '') || current === follower.workOut(values);
}

/** Applies the agent's change to `name`, then brings along each follower that was following before it. */
export async function changeWithFollowers(
  form: CallFormApi,
  followers: readonly Follower[],
  name: CallFieldName,
  change: () => unknown,
): Promise<void> {
  const before = form.getValues();
  const following = followers.filter((follower) => follower.sources.includes(name) && isFollowing(follower, before));
  await change();
  const after = form.getValues();
  for (const follower of following) {
    const next = follower.workOut(after);
    if (next !== null && next !== get(after, follower.target)) {
      form.setValue(follower.target, next, { shouldDirty: true });
    }
  }
}

function secondsBetween(start: string, end: string, timeZone: string): number | null {
  const from = zonedLocalToIso(start, timeZone);
  const to = zonedLocalToIso(end, timeZone);
  if (from === null || to === null) return null;
  const seconds = Math.round((Date.parse(to) - Date.parse(from)) / 1000);
  return seconds >= 0 ? seconds : null;
}

/** The duration as the start and end times give it, as the agent would type it; null without both. */
export function workedOutDuration(
  call: Pick<CallFormShape['call'], 'call_started_at' | 'call_ended_at'>,
  timeZone: string,
): string | null {
  const seconds = secondsBetween(call.call_started_at, call.call_ended_at, timeZone);
  return seconds === null ? null : durationToInput(seconds);
}

export function durationFollower(timeZone: string): Follower {
  return {
    target: 'call.duration',
    sources: ['call_started_at', 'call_ended_at'],
    workOut: (values) => workedOutDuration(values.call, timeZone),
    followsWhenEmpty: true,
  };
}

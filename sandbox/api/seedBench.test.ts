import { expect, it } from 'vitest';
import { createSeedState } from './seed.ts';
import { BENCH_SEED } from './seedBench.ts';

it('seeds the bench tickets with their calls, one voice comment each, and their comment counts', () => {
  const state = createSeedState('Call Logger');
  for (const id of Object.values(BENCH_SEED.tickets)) {
    const comments = state.comments.filter((comment) => comment.ticket_id === id);
    const voiceCalls = comments.flatMap((comment) => (comment.data === null ? [] : [comment.data.call_id]));
    expect(comments).toHaveLength(BENCH_SEED.commentsOn[id] ?? -1);
    expect(new Set(voiceCalls).size).toBe(BENCH_SEED.callsOn[id]);
    expect(voiceCalls.every((callId) => state.calls.some((call) => call.id === callId && call.ticket_id === id))).toBe(
      true,
    );
  }
  const ids = state.comments.map((comment) => comment.id);
  expect(new Set(ids).size).toBe(ids.length);
});

/** The live call: its clock, its holds, the PATCH that ends it and the one that wraps it up. No React. */
export { STALE_AFTER_SECONDS, elapsedSeconds, isLive, isStale, liveState, startedAt } from './clock';
export type { LiveCallFields, LiveState } from './clock';
export { currentHoldSeconds, holdSeconds, holdStatistics, isOnHold, resume, startHold } from './holds';
export type { HoldSegment, Holds } from './holds';
export { endCallChanges, wrapUpChanges } from './endCall';
export type { CompletionStatus, WrapUpValues } from './endCall';
export {
  EMPTY_LIVE_STATE,
  LIVE_STATE_MAX_AGE_MS,
  clearLiveCall,
  liveCallKey,
  readLiveCall,
  writeLiveCall,
} from './liveStorage';
export type { LiveCallState, LiveStore } from './liveStorage';

import { useMemo } from 'react';
import { isLive } from '../../../calls/live/clock';
import { liveCallKey, readLiveCall } from '../../../calls/live/liveStorage';
import type { CallRecord } from '../../../calls/schema';
import { useChunk } from '../../shared/chunk';
import { useSession } from '../../shared/session/SessionProvider';
import { LiveControlsFailed } from './LiveControlsFailed';
import { LiveControlsPlaceholder } from './LiveControlsPlaceholder';
import { liveControlsChunk } from './liveControlsChunk';

/** A call not over yet, or one ended from this app whose wrap-up is still to come: only these load the controls. */
function needsControls(call: CallRecord, installationId: number | null): boolean {
  return isLive(call) || readLiveCall(liveCallKey(installationId, call.id)).endedAt !== null;
}

/**
 * Where a card (or a call's details) shows a live call's clock, Hold and End
 * call, or its wrap-up, fetching their code for the first such call; nothing
 * for a call that is over and wrapped up.
 */
export function LiveCallSlot({ call, onStored }: { call: CallRecord; onStored: (call: CallRecord) => void }) {
  const { installationId } = useSession();
  // Judged again when the record changes (End call answers with the ended one), not on every render of the list.
  const needed = useMemo(() => needsControls(call, installationId), [call, installationId]);
  const controls = useChunk(liveControlsChunk, needed);
  if (!needed) return null;
  switch (controls.status) {
    case 'loading':
      return <LiveControlsPlaceholder wrapUp={!isLive(call)} />;
    case 'failed':
      return <LiveControlsFailed onRetry={controls.retry} />;
    case 'ready':
      return <controls.module.LiveCallControls call={call} onStored={onStored} />;
  }
}

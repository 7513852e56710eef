import { withAllEnglish } from '../../../i18n/englishTexts';
import { chunk } from '../../shared/chunk';
import { whenUsable } from '../../shared/markUsable';

// A live call's clock, Hold and End call (and the update request with its write schemas) show only on a
// ticket whose call is not over: their own chunk, fetched once the list is usable, or when such a card shows.
export const liveControlsChunk = chunk(withAllEnglish(() => import('./LiveCallControls')));

/** Fetches the controls once the location is usable, so a call started later shows them at once; returns a cancel. */
export function preloadLiveControls(): () => void {
  return whenUsable(() => {
    liveControlsChunk.load().catch(() => {
      // Not fetched now: a card that needs the controls tries again, and says so if it cannot.
    });
  });
}

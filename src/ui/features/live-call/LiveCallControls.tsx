import { Button } from '@zendeskgarden/react-buttons';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import { Suspense, lazy, useState } from 'react';
import { updateCall } from '../../../calls/api';
import { endCallChanges, liveState, startedAt } from '../../../calls/live';
import type { CompletionStatus } from '../../../calls/live';
import type { CallRecord } from '../../../calls/schema';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row, Stack } from '../../shared/layout';
import { LiveClock } from '../../shared/live/LiveClock';
import { useLiveCall } from '../../shared/live/useLiveCall';
import { useSession } from '../../shared/session/SessionProvider';
import { EndCallButton } from './EndCallButton';
import { LiveControlsPlaceholder } from './LiveControlsPlaceholder';
import { RequestProblem } from './RequestProblem';
import { fieldProblem, useOneRequest } from './useOneRequest';

// The wrap-up (and Garden's combobox with it, fetched alongside) is not needed until a call ends: its own chunks.
const WrapUpPanel = lazy(async () => {
  const [panel] = await Promise.all([import('./WrapUpPanel'), import('../../shared/form/DispositionCombobox')]);
  return { default: panel.WrapUpPanel };
});
// Asked only of a call never ended; its date-time reading stays out of the list's first paint.
const StaleEndForm = lazy(async () => ({ default: (await import('./StaleEndForm')).StaleEndForm }));

/**
 * A live call's clock, Hold/Resume and End call; once ended from here, its
 * wrap-up. Nothing for a call that is over and wrapped up.
 */
export function LiveCallControls({ call, onStored }: { call: CallRecord; onStored: (call: CallRecord) => void }) {
  const { t } = useI18n();
  const { transport } = useSession();
  const live = useLiveCall(call.id);
  const request = useOneRequest();
  // The outcome of a call never ended, while the agent is asked for its real end.
  const [askingEnd, setAskingEnd] = useState<CompletionStatus | null>(null);
  // Whether the call is stale is judged when the card appears: it turns stale only 12 hours in.
  const [shownAt] = useState(() => Date.now());
  const state = liveState(call, shownAt);
  const start = startedAt(call);

  if (state === 'ended' || start === null) {
    const { endedAt } = live.state;
    if (endedAt === null) return null;
    return (
      <Suspense fallback={<LiveControlsPlaceholder wrapUp />}>
        <WrapUpPanel call={call} endedAt={endedAt} onStored={onStored} onDone={live.forget} />
      </Suspense>
    );
  }

  const end = (at: number, status: CompletionStatus) =>
    request.run(async () => {
      const stored = await updateCall(transport, call.id, endCallChanges(call, live.state.holds, at, status));
      // The wrap-up time counts from the press, also when the agent gave an earlier real end.
      live.ended(Date.now());
      onStored(stored);
    });
  const openHold = live.state.holds.find((hold) => hold.end === null);
  const waiting = request.busy || request.secondsToWait > 0;
  const endLabel = request.busy
    ? t('live.ending')
    : request.secondsToWait > 0
      ? t('problems.retryIn', { seconds: request.secondsToWait })
      : t('live.end');

  return (
    <Stack $gap="xs">
      <Row $gap="sm">
        {state === 'running' ? (
          <SM isBold>
            <LiveClock since={start} />
          </SM>
        ) : (
          <SM isBold>{t('live.notEnded')}</SM>
        )}
        {openHold === undefined ? null : (
          <SM>
            <LiveClock since={openHold.start} label={(clock) => t('live.onHold', { clock })} />
          </SM>
        )}
      </Row>
      {askingEnd !== null ? (
        <Suspense fallback={<Skeleton height="72px" />}>
          <StaleEndForm
            start={start}
            busy={waiting}
            problem={fieldProblem(request.problem, 'call_ended_at') ?? fieldProblem(request.problem, 'duration')}
            onEnd={(at) => void end(at, askingEnd)}
            onCancel={() => {
              setAskingEnd(null);
            }}
          />
        </Suspense>
      ) : (
        <Row $gap="xs">
          {state === 'running' ? (
            <Button size="small" onClick={openHold === undefined ? live.hold : live.resume}>
              {openHold === undefined ? t('live.hold') : t('live.resume')}
            </Button>
          ) : null}
          <EndCallButton
            label={endLabel}
            disabled={waiting}
            busy={request.busy}
            onEnd={(status) => {
              if (state === 'stale') setAskingEnd(status);
              else void end(Date.now(), status);
            }}
          />
        </Row>
      )}
      <RequestProblem problem={request.problem} placed={askingEnd !== null ? ['call_ended_at', 'duration'] : []} />
    </Stack>
  );
}

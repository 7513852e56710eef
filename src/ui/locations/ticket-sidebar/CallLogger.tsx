import { Button } from '@zendeskgarden/react-buttons';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { Suspense, useEffect } from 'react';
import type { CreatedCall } from '../../../calls/recovery';
import type { CallRecord } from '../../../calls/schema';
import { useI18n } from '../../../i18n/I18nProvider';
import { CallList } from '../../features/call-list/CallList';
import { LiveCallSlot } from '../../features/live-call/LiveCallSlot';
import { preloadLiveControls } from '../../features/live-call/liveControlsChunk';
import { useTicketCalls } from '../../features/call-list/useTicketCalls';
import { UnreadableCallCard } from '../../features/call-list/UnreadableCallCard';
import { markUsable } from '../../shared/markUsable';
import { Notices } from '../../shared/notices/Notices';
import { useNotices } from '../../shared/notices/NoticesProvider';
import { Stack } from '../../shared/layout';
import type { UpdateResult } from '../../features/update-call/UpdateCallForm';
import { AppFooter, AppHeader } from './AppHeader';
import { CallDetails, preloadCallDetails } from './lazyDetails';
import { LogCallForm, UpdateCallForm, preloadForms } from './lazyForms';
import { useSession } from '../../shared/session/SessionProvider';
import { useView } from './useView';

/** The sidebar: the ticket's calls, one call's details, or a form; one at a time. */
export function CallLogger() {
  const { t } = useI18n();
  const session = useSession();
  const { notify } = useNotices();
  const calls = useTicketCalls(session.transport, session.ticketId);
  const [view, show] = useView(`call-logger:view:${session.installationId ?? 'dev'}:${session.ticketId}`);
  const selected = view.name === 'call' || view.name === 'update' ? calls.find(view.callId) : null;
  const unreadable = view.name === 'call' || view.name === 'update' ? calls.problemOf(view.callId) : null;
  const missing = (view.name === 'call' || view.name === 'update') && selected === null && unreadable === null;

  useEffect(() => {
    // A call kept from before a reload that is not on the ticket any more: back to the list, and say why.
    if (!missing) return;
    notify('warning', t('details.notFound'));
    show({ name: 'list' });
  }, [missing, notify, show, t]);

  const onLogged = ({ call, recovered }: CreatedCall) => {
    calls.upsert(call);
    notify(
      'success',
      recovered ? t('notify.createdAfterAll') : t('notify.created', { ticketId: call.ticket_id ?? session.ticketId }),
    );
    show({ name: 'call', callId: call.id });
  };

  const onSaved = ({ call, changed, commented }: UpdateResult) => {
    calls.upsert(call);
    if (changed) notify('success', t('notify.updated'));
    if (commented) notify('success', t('notify.commented'));
    show({ name: 'call', callId: call.id });
  };

  // A preload counts in the first paint's downloads: it waits until the list is painted and usable.
  const listSettled = calls.state.status !== 'loading';
  useEffect(() => {
    if (listSettled) markUsable();
  }, [listSettled]);
  useEffect(() => (listSettled ? preloadForms() : undefined), [listSettled]);
  useEffect(preloadCallDetails, []);
  useEffect(preloadLiveControls, []);

  const liveOf = (call: CallRecord) => <LiveCallSlot key={call.id} call={call} onStored={calls.upsert} />;

  const toList = () => {
    show({ name: 'list' });
  };

  let content;
  if (view.name === 'log') {
    content = <LogCallForm onCancel={toList} onLogged={onLogged} />;
  } else if (unreadable !== null && selected === null) {
    // Kept from before a reload, the call is on the ticket but could not be read: say so where its details were.
    content = (
      <Stack $gap="md">
        <div>
          <Button size="small" isLink onClick={toList}>
            ← {t('details.back')}
          </Button>
        </div>
        <UnreadableCallCard entry={unreadable} onRetry={calls.retry} />
      </Stack>
    );
  } else if (selected === 'loading') {
    content = <Skeleton height="160px" />;
  } else if (view.name === 'update' && selected !== null) {
    content = (
      <UpdateCallForm
        record={selected}
        onCancel={() => {
          show({ name: 'call', callId: selected.id });
        }}
        onSaved={onSaved}
      />
    );
  } else if (view.name === 'call' && selected !== null) {
    content = (
      <CallDetails
        call={selected}
        live={liveOf(selected)}
        onBack={toList}
        onUpdate={() => {
          show({ name: 'update', callId: selected.id });
        }}
      />
    );
  } else {
    content = (
      <Stack $gap="md">
        <Button
          isPrimary
          isStretched
          disabled={session.appId === 0}
          onClick={() => {
            show({ name: 'log' });
          }}
        >
          {t('list.logCall')}
        </Button>
        <CallList
          state={calls.state}
          onReload={calls.reload}
          onRetry={calls.retry}
          liveOf={liveOf}
          onOpen={(call) => {
            show({ name: 'call', callId: call.id });
          }}
        />
      </Stack>
    );
  }

  return (
    <Stack $gap="md">
      <header>
        <AppHeader />
        <Notices />
      </header>
      <Suspense fallback={<Skeleton height="160px" />}>{content}</Suspense>
      <AppFooter />
    </Stack>
  );
}

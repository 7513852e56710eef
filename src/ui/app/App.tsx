import { Alert } from '@zendeskgarden/react-notifications';
import { Dots } from '@zendeskgarden/react-loaders';
import { useMemo, useRef } from 'react';
import { isValidTimeZone } from '../../calls/input/time';
import { parseAppSettings } from '../../calls/settings';
import { I18nProvider, useI18n } from '../../i18n/I18nProvider';
import { useAutoResize, useColorScheme } from '../../zaf/hooks';
import { ZafProvider, useZafState } from '../../zaf/ZafProvider';
import type { ZafReady } from '../../zaf/ZafProvider';
import type { ZafClient } from '../../zaf/types';
import { NoticesProvider } from '../shared/notices/NoticesProvider';
import { ThemeRoot } from '../shared/ThemeRoot';
import { Page } from '../shared/layout';
import { CallFormToolsProvider } from '../shared/form/CallFormTools';
import { CallLogger } from '../locations/ticket-sidebar/CallLogger';
import { SessionProvider } from '../shared/session/SessionProvider';
import type { Session } from '../shared/session/SessionProvider';

function agentTimeZone(zone: string | null | undefined): string {
  return zone !== null && zone !== undefined && isValidTimeZone(zone)
    ? zone
    : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function Connected({ ready, ticketId }: { ready: ZafReady; ticketId: number }) {
  const { metadata, sidebar, client } = ready;
  const session = useMemo<Session>(
    () => ({
      transport: client.request,
      ticketId,
      appId: metadata.appId,
      installationId: metadata.installationId,
      agent: sidebar.currentUser,
      requester: sidebar.requester,
      brandId: sidebar.brand?.id ?? null,
      settings: parseAppSettings(metadata.settings),
    }),
    [client, ticketId, metadata, sidebar],
  );
  return (
    <SessionProvider session={session}>
      <CallFormToolsProvider>
        <CallLogger />
      </CallFormToolsProvider>
    </SessionProvider>
  );
}

function Notice({ title, body, type }: { title: string; body: string; type: 'warning' | 'error' | 'info' }) {
  return (
    <Alert type={type}>
      <Alert.Title>{title}</Alert.Title>
      {body}
    </Alert>
  );
}

function Body() {
  const { t } = useI18n();
  const state = useZafState();
  switch (state.status) {
    case 'outsideZendesk':
      return <Notice type="info" title={t('app.outsideZendesk.title')} body={t('app.outsideZendesk.body')} />;
    case 'connecting':
      return <Dots aria-label={t('app.loading')} role="img" />;
    case 'failed':
      return <Notice type="error" title={t('app.connectFailed.title')} body={t('app.connectFailed.body')} />;
    case 'ready': {
      const ticketId = state.sidebar.ticketId;
      if (ticketId === null)
        return <Notice type="info" title={t('app.noTicket.title')} body={t('app.noTicket.body')} />;
      return <Connected ready={state} ticketId={ticketId} />;
    }
  }
}

/** Theme, language and size follow the agent and the host; the body follows the connection. */
function Shell({ client }: { client: ZafClient | null }) {
  const state = useZafState();
  const sidebar = state.status === 'ready' ? state.sidebar : null;
  const scheme = useColorScheme(client, sidebar?.colorScheme ?? null);
  const root = useRef<HTMLDivElement>(null);
  useAutoResize(client, root);
  const timeZone = agentTimeZone(sidebar?.currentUser?.timeZone);
  // Until Zendesk says which language the agent uses, the browser's is the best guess.
  const locale = sidebar?.currentUser?.locale ?? navigator.language;
  return (
    <ThemeRoot scheme={scheme}>
      <Page ref={root}>
        <I18nProvider locale={locale} timeZone={timeZone} fallback={<Dots aria-hidden="true" />}>
          <NoticesProvider>
            <Body />
          </NoticesProvider>
        </I18nProvider>
      </Page>
    </ThemeRoot>
  );
}

export function App({ client }: { client: ZafClient | null }) {
  return (
    <ZafProvider client={client}>
      <Shell client={client} />
    </ZafProvider>
  );
}

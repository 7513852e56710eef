import { Dots } from '@zendeskgarden/react-loaders';
import { useMemo } from 'react';
import { parseAppSettings } from '../../../calls/settings';
import { useI18n } from '../../../i18n/I18nProvider';
import type { TicketSidebarData } from '../../../zaf/types';
import { askOncePerClient, useHostData } from '../../../zaf/useHostData';
import { useZafReady } from '../../../zaf/ZafProvider';
import { CallFormToolsProvider } from '../../shared/form/CallFormTools';
import { Notice } from '../../shared/Notice';
import { SessionProvider } from '../../shared/session/SessionProvider';
import type { Session } from '../../shared/session/SessionProvider';
import { CallLogger } from './CallLogger';

// The ticket, its requester and brand, the agent and the scheme: one get for the whole sidebar.
const readSidebar = askOncePerClient((client) => client.getTicketSidebarData());

function TicketSession({ data, ticketId }: { data: TicketSidebarData; ticketId: number }) {
  const { client, metadata } = useZafReady();
  const session = useMemo<Session>(
    () => ({
      transport: client.request,
      ticketId,
      appId: metadata.appId,
      installationId: metadata.installationId,
      agent: data.currentUser,
      requester: data.requester,
      brandId: data.brand?.id ?? null,
      settings: parseAppSettings(metadata.settings),
    }),
    [client, ticketId, metadata, data],
  );
  return (
    <SessionProvider session={session}>
      <CallFormToolsProvider defaultCountry={session.settings.defaultCountry}>
        <CallLogger />
      </CallFormToolsProvider>
    </SessionProvider>
  );
}

/** The ticket sidebar's root: reads the ticket from the host, then shows its calls. */
export function TicketSidebar() {
  const { t } = useI18n();
  const { context } = useZafReady();
  const host = useHostData(readSidebar);
  switch (host.status) {
    case 'loading':
      return <Dots aria-label={t('app.loading')} role="img" />;
    case 'failed':
      return <Notice type="error" title={t('app.connectFailed.title')} body={t('app.connectFailed.body')} />;
    case 'ready': {
      const ticketId = host.data.ticketId ?? context.ticketId;
      if (ticketId === null)
        return <Notice type="info" title={t('app.noTicket.title')} body={t('app.noTicket.body')} />;
      return <TicketSession data={host.data} ticketId={ticketId} />;
    }
  }
}

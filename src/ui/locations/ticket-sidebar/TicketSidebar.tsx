import { Dots } from '@zendeskgarden/react-loaders';
import { useEffect, useMemo } from 'react';
import { parseAppSettings } from '../../../calls/settings';
import { addEnglish } from '../../../i18n/englishTexts';
import { useI18n } from '../../../i18n/I18nProvider';
import type { TicketSidebarData } from '../../../zaf/types';
import { readTicketSidebar } from '../../../zaf/locationReads';
import { useHostData } from '../../../zaf/useHostData';
import { useZafReady } from '../../../zaf/ZafProvider';
import { CallFormToolsProvider } from '../../shared/form/CallFormTools';
import { Notice } from '../../shared/Notice';
import { SessionProvider } from '../../shared/session/SessionProvider';
import { ticketTransport } from '../../shared/session/ticketTransport';
import type { Session } from '../../shared/session/SessionProvider';
import { CallLogger } from './CallLogger';
import { card, details, list, live, notify, problems, sidebar, values } from '../../../../translations/en.json';

// The English the list shows, in its own first paint; the forms' and the top bar's come after (a test checks the set).
addEnglish({ sidebar, list, card, details, live, notify, problems, values });

function TicketSession({ data, ticketId }: { data: TicketSidebarData; ticketId: number }) {
  const { client, metadata, context } = useZafReady();
  const session = useMemo<Session>(
    () => ({
      transport: ticketTransport(client, context.ticketId),
      ticketId,
      appId: metadata.appId,
      installationId: metadata.installationId,
      agent: data.currentUser,
      requester: data.requester,
      brandId: data.brand?.id ?? null,
      settings: parseAppSettings(metadata.settings),
    }),
    [client, context.ticketId, ticketId, metadata, data],
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
  const { client, context } = useZafReady();
  const host = useHostData(readTicketSidebar);
  useEffect(() => {
    ticketTransport(client, context.ticketId);
  }, [client, context.ticketId]);
  switch (host.status) {
    case 'loading':
      return <Dots aria-label={t('shell.loading')} role="img" />;
    case 'failed':
      return <Notice type="error" title={t('shell.connectFailed.title')} body={t('shell.connectFailed.body')} />;
    case 'ready': {
      const ticketId = host.data.ticketId ?? context.ticketId;
      if (ticketId === null)
        return <Notice type="info" title={t('sidebar.noTicket.title')} body={t('sidebar.noTicket.body')} />;
      return <TicketSession data={host.data} ticketId={ticketId} />;
    }
  }
}

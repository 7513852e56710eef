import { Dots } from '@zendeskgarden/react-loaders';
import { useRef } from 'react';
import { I18nProvider, useI18n } from '../../i18n/I18nProvider';
import { useAutoResize, useColorScheme } from '../../zaf/hooks';
import { ZafProvider, useHostAgent, useZafState } from '../../zaf/ZafProvider';
import type { NoZafClient, ZafClient } from '../../zaf/types';
import { agentTimeZone } from '../shared/agentTimeZone';
import { Notice } from '../shared/Notice';
import { NoticesProvider } from '../shared/notices/NoticesProvider';
import { ThemeRoot } from '../shared/ThemeRoot';
import { Page } from '../shared/layout';
import { LocationRoot } from './LocationRoot';

function Body() {
  const { t } = useI18n();
  const state = useZafState();
  switch (state.status) {
    case 'outsideZendesk':
      return <Notice type="info" title={t('app.outsideZendesk.title')} body={t('app.outsideZendesk.body')} />;
    case 'sdkMissing':
      return <Notice type="error" title={t('app.sdkMissing.title')} body={t('app.sdkMissing.body')} />;
    case 'connecting':
      return <Dots aria-label={t('app.loading')} role="img" />;
    case 'failed':
      return <Notice type="error" title={t('app.connectFailed.title')} body={t('app.connectFailed.body')} />;
    case 'ready':
      return <LocationRoot location={state.context.location} />;
  }
}

/** Theme, language and size follow the agent and the host; the body follows the connection and the location. */
function Shell({ client }: { client: ZafClient | null }) {
  const agent = useHostAgent();
  const scheme = useColorScheme(client, agent?.colorScheme ?? null);
  const root = useRef<HTMLDivElement>(null);
  const state = useZafState();
  // The top bar's pane keeps the manifest's size (it fits the whole flow); every other place follows its content.
  useAutoResize(state.status === 'ready' && state.context.location !== 'top_bar' ? client : null, root);
  const timeZone = agentTimeZone(agent?.currentUser?.timeZone);
  // Until Zendesk says which language the agent uses, the browser's is the best guess.
  const locale = agent?.currentUser?.locale ?? navigator.language;
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

export function App({ client }: { client: ZafClient | NoZafClient }) {
  return (
    <ZafProvider client={client}>
      <Shell client={typeof client === 'string' ? null : client} />
    </ZafProvider>
  );
}

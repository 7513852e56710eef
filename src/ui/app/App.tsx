import { Dots } from '@zendeskgarden/react-loaders';
import { useEffect, useRef } from 'react';
import { loadAllEnglish } from '../../i18n/englishTexts';
import { I18nProvider, useI18n } from '../../i18n/I18nProvider';
import { resolveLocale } from '../../i18n/messages';
import { useAutoResize, useColorScheme } from '../../zaf/hooks';
import { ZafProvider, useHostAgent, useZafState } from '../../zaf/ZafProvider';
import type { NoZafClient, ZafClient } from '../../zaf/types';
import { agentTimeZone } from '../shared/agentTimeZone';
import { whenUsable } from '../shared/markUsable';
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
      return <Notice type="info" title={t('shell.outsideZendesk.title')} body={t('shell.outsideZendesk.body')} />;
    case 'sdkMissing':
      return <Notice type="error" title={t('shell.sdkMissing.title')} body={t('shell.sdkMissing.body')} />;
    case 'connecting':
      return <Dots aria-label={t('shell.loading')} role="img" />;
    case 'failed':
      return <Notice type="error" title={t('shell.connectFailed.title')} body={t('shell.connectFailed.body')} />;
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
  const inEnglish = resolveLocale(locale) === 'en';
  useEffect(() => {
    if (!inEnglish) return;
    // The English the first paint left out (forms, details, the other location's) follows right after it.
    return whenUsable(() => {
      loadAllEnglish().catch(() => {
        // A render that needs one of them fetches again, and says so if that fails too.
      });
    });
  }, [inEnglish]);
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

import { Dots } from '@zendeskgarden/react-loaders';
import { useMemo, useState } from 'react';
import { parseAppSettings } from '../../../calls/settings';
import { addEnglish } from '../../../i18n/englishTexts';
import { useI18n } from '../../../i18n/I18nProvider';
import { readTopBar } from '../../../zaf/locationReads';
import { useHostData } from '../../../zaf/useHostData';
import { useZafReady } from '../../../zaf/ZafProvider';
import type { CurrentUser } from '../../../zaf/types';
import { CallFormToolsProvider } from '../../shared/form/CallFormTools';
import { Notice } from '../../shared/Notice';
import { CallerPane } from './CallerPane';
import type { PaneSession } from './CallerPane';
import { errors, form, problems, topBar, values } from '../../../../translations/en.json';

// The English the pane shows, in its own first paint; the list's and the forms' come after (a test checks the set).
addEnglish({ topBar, form, errors, problems, values });

function PaneSessionRoot({ agent }: { agent: CurrentUser | null }) {
  const { client, metadata } = useZafReady();
  const session = useMemo<PaneSession>(
    () => ({
      client,
      appId: metadata.appId,
      installationId: metadata.installationId,
      agent,
      settings: parseAppSettings(metadata.settings),
    }),
    [client, metadata, agent],
  );
  // A logged call starts the next one afresh: a new draft, a new external_id.
  const [draftNumber, setDraftNumber] = useState(0);
  // The number field is usable before the phone library arrives: typing is kept, the lookup follows once it is here.
  return (
    <CallFormToolsProvider defaultCountry={session.settings.defaultCountry} afterUsable>
      <CallerPane
        key={draftNumber}
        session={session}
        onLogged={() => {
          setDraftNumber((value) => value + 1);
        }}
      />
    </CallFormToolsProvider>
  );
}

/** The top bar's pane: finds the caller by phone and logs the call on their ticket or a new one. */
export function TopBar() {
  const { t } = useI18n();
  const host = useHostData(readTopBar);
  switch (host.status) {
    case 'loading':
      return <Dots aria-label={t('shell.loading')} role="img" />;
    case 'failed':
      return <Notice type="error" title={t('shell.connectFailed.title')} body={t('shell.connectFailed.body')} />;
    case 'ready':
      return <PaneSessionRoot agent={host.data.currentUser} />;
  }
}

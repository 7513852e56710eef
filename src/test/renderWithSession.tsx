import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { parseAppSettings } from '../calls/settings';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionProvider } from '../ui/shared/session/SessionProvider';
import type { Session } from '../ui/shared/session/SessionProvider';
import { NoticesProvider } from '../ui/shared/notices/NoticesProvider';
import { Notices } from '../ui/shared/notices/Notices';
import { ThemeRoot } from '../ui/shared/ThemeRoot';
import { CallFormToolsProvider } from '../ui/shared/form/CallFormTools';
import { fakeTransport } from './fakeTransport';
import type { FakeTransport } from './fakeTransport';

export const AGENT = { id: 501, name: 'Ana Agent', locale: 'en-US', timeZone: 'Europe/Berlin' };
export const REQUESTER = { id: 301, name: 'Carla Customer', email: 'carla@example.com', phone: '+14155550123' };

export function testSession(overrides: Partial<Session> = {}, api: FakeTransport = fakeTransport()): Session {
  return {
    transport: api.transport,
    ticketId: 42,
    appId: 1003048,
    installationId: 77,
    agent: AGENT,
    requester: REQUESTER,
    brandId: 9,
    settings: parseAppSettings({ company_line: '+14155550100', default_country: 'US' }),
    ...overrides,
  };
}

/** Renders a feature as the sidebar would: theme, the agent's texts (English unless told) in their time zone, notices, this ticket's session. */
export function renderWithSession(
  ui: ReactElement,
  {
    session = testSession(),
    timeZone = AGENT.timeZone,
    locale = 'en-US',
  }: { session?: Session; timeZone?: string; locale?: string } = {},
) {
  return render(
    <ThemeRoot scheme="light">
      <I18nProvider locale={locale} timeZone={timeZone}>
        <NoticesProvider>
          <SessionProvider session={session}>
            <CallFormToolsProvider defaultCountry={session.settings.defaultCountry}>
              <Notices />
              {ui}
            </CallFormToolsProvider>
          </SessionProvider>
        </NoticesProvider>
      </I18nProvider>
    </ThemeRoot>,
  );
}

import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { AppSettings } from '../../../calls/settings';
import type { Transport } from '../../../calls/transport';
import type { CurrentUser, Requester } from '../../../zaf/types';

/** Everything the features need from Zendesk for this ticket, read once when the app connects. */
export interface Session {
  transport: Transport;
  ticketId: number;
  /** 0 when the host gave none: creating calls is then disabled */
  appId: number;
  /** Scopes saved drafts to this installation */
  installationId: number | null;
  agent: CurrentUser | null;
  requester: Requester | null;
  brandId: number | null;
  /** The admin's settings; the agent's time zone is i18n's (`useI18n().format.timeZone`) */
  settings: AppSettings;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** Where a form's unsaved entries are kept: per installation, ticket and form. */
export function draftKey(session: Session, form: string): string {
  return `call-logger:draft:${session.installationId ?? 'dev'}:${session.ticketId}:${form}`;
}

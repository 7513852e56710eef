// Shapes shared by the fake Zendesk (Node) and the host page (browser).
// Types only: this file is compiled by both tsconfig projects.

import type { TicketPriority, TicketStatus, TicketType } from './ticketFields.ts';

/** A value of one call field as the TPE API stores it. */
export type CallValue = string | number | boolean | null;

/** A TPE call record: every call field plus id, account_id, app_id, created_at, updated_at. */
export type CallRecord = Record<string, CallValue>;

export type SettingValue = string | number | boolean;

export interface UserIdentity {
  id: number;
  type: 'email' | 'phone_number';
  value: string;
  verified: boolean;
  primary: boolean;
}

export interface SandboxUser {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  role: 'end-user' | 'agent' | 'admin';
  /** Zendesk locale code as the agent chose it: en-US, de, es. */
  locale: string;
  /** Zendesk's own (Rails) time zone name, e.g. "Eastern Time (US & Canada)". */
  time_zone: string;
  iana_time_zone: string;
  identities: UserIdentity[];
  organization_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface SandboxOrganization {
  id: number;
  name: string;
  domain_names: string[];
  created_at: string;
  updated_at: string;
}

export interface SandboxBrand {
  id: number;
  name: string;
  subdomain: string;
}

export interface SandboxTicket {
  id: number;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority | null;
  type: TicketType | null;
  requester_id: number;
  submitter_id: number;
  assignee_id: number | null;
  brand_id: number;
  tags: string[];
  via_channel: string;
  created_at: string;
  updated_at: string;
}

export interface VoiceCommentData {
  app_id: number | null;
  app_name: string | null;
  author_id: number | null;
  call_id: number;
  direction: string | null;
  external_id: string | null;
  title: string | null;
  via_id: 45 | 46;
  recording_url: string;
}

export interface SandboxComment {
  id: number;
  ticket_id: number;
  type: 'Comment' | 'TpeVoiceComment';
  public: boolean;
  author_id: number;
  body: string;
  html_body: string;
  created_at: string;
  audit_id: number;
  /** Voice comments only. */
  data: VoiceCommentData | null;
  /** Sandbox bookkeeping, never sent by the API: the call fields a voice comment lists. */
  call_fields: string[];
}

export interface SandboxState {
  version: 1;
  accountId: number;
  subdomain: string;
  /** Next id for calls, comments, audits and users (large, like Zendesk's). */
  nextId: number;
  /** Next ticket number (small and sequential, like Zendesk's nice ids). */
  nextTicketId: number;
  brands: SandboxBrand[];
  organizations: SandboxOrganization[];
  users: SandboxUser[];
  tickets: SandboxTicket[];
  calls: CallRecord[];
  comments: SandboxComment[];
  app: SavedAppSettings;
  api: ApiBehaviour;
}

/** How faithfully the fake API copies the real one's restrictions. */
export interface ApiBehaviour {
  /** Store only the 2024 call fields; drop others with x-zendesk-api-warn, as the real API did. */
  strict: boolean;
}

/** What an admin saved for the installed app; the manifest's defaults fill the rest. */
export interface SavedAppSettings {
  appId: number;
  settings: Record<string, SettingValue>;
}

export interface ManifestParameter {
  name: string;
  type: string;
  required: boolean;
  secure: boolean;
  default: SettingValue | null;
  /** From translations/<defaultLocale>.json when present, else the name. */
  label: string;
}

export interface TopBarLocation {
  url: string;
  /** CSS sizes of the pane, from the manifest's `size` or the sandbox's defaults. */
  width: string;
  height: string;
  /** Path of assets/icon_top_bar.svg on the app's server, or null when the app has none. */
  iconUrl: string | null;
}

/** What the sandbox read from <appDir>/manifest.json. */
export interface AppSummary {
  appDir: string;
  name: string;
  version: string;
  /** The ticket_sidebar location url, or null when the manifest has none. */
  locationUrl: string | null;
  /** The top_bar location, or null when the manifest has none. */
  topBar: TopBarLocation | null;
  parameters: ManifestParameter[];
  /** Why the app cannot be shown, when it cannot. */
  problem: string | null;
}

export interface TicketSummary {
  id: number;
  subject: string;
}

/** Everything the host page draws, in one answer of GET /__sandbox/view. */
export interface HostView {
  app: AppSummary;
  appId: number;
  /** Metadata settings: manifest defaults overlaid by saved settings, secure ones left out. */
  settings: Record<string, SettingValue>;
  savedSettings: Record<string, SettingValue>;
  api: ApiBehaviour;
  subdomain: string;
  ticket: SandboxTicket | null;
  brand: SandboxBrand | null;
  comments: SandboxComment[];
  /** Call records referenced by the ticket's voice comments, by id. */
  calls: Record<string, CallRecord>;
  users: SandboxUser[];
  tickets: TicketSummary[];
}

export interface FaultSpec {
  /** HTTP method to match, or undefined for any. */
  method?: string | undefined;
  /** Exact path or a pattern with `*`; `.json` suffixes are ignored. */
  path: string;
  status?: number | undefined;
  /** A string is sent as it is ("" for none), anything else as JSON; default: the status's usual body. */
  body?: unknown;
  /** The answer's content-type, e.g. text/html for an error page. */
  contentType?: string | undefined;
  headers: Record<string, string>;
  delayMs: number;
  /** Cut the connection: before handling the request, or after storing what it asked for */
  drop: false | 'before' | 'after';
  times: number;
}

export interface ArmedFault extends FaultSpec {
  id: number;
  remaining: number;
}

export interface RequestLogEntry {
  seq: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, or null when empty. */
  body: unknown;
  /** null when the connection was dropped. */
  status: number | null;
  durationMs: number;
  /** Set when an armed fault answered (or dropped) this request. */
  faultId: number | null;
}

export type ChangeReason = 'api' | 'reset' | 'settings';

/** Sent on /__sandbox/events whenever the sandbox state changes. */
export interface SandboxChange {
  reason: ChangeReason;
  ticketIds: number[];
}

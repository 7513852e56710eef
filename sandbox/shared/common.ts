// Small pure rules the fake Zendesk (Node) and the host page (browser) both
// follow. No Node or DOM imports: this file is compiled by both tsconfig projects.

import type { CallValue, SandboxUser } from './types.ts';

/** The request header naming the agent the host page signed in as; the fake API acts as them. */
export const AGENT_HEADER = 'x-sandbox-agent-id';

/** The signed-in agent: the one named, else the account's first agent; undefined when there is no agent. */
export function signedInAgent(users: readonly SandboxUser[], agentId: number | null): SandboxUser | undefined {
  const agents = users.filter((user) => user.role !== 'end-user');
  return agents.find((agent) => agent.id === agentId) ?? agents[0];
}

/** A call field's value as a voice comment shows it: "-" when empty, Yes or No for a boolean. */
export function shownValue(value: CallValue | undefined): string {
  if (value === null || value === undefined || value === '') return '-';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** The top-bar pane's size when the manifest gives none (Zendesk's own default is unconfirmed). */
export const DEFAULT_TOP_BAR_SIZE = { width: '360px', height: '480px' } as const;

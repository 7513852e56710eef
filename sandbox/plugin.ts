import type { Plugin } from 'vite';

export interface SandboxOptions {
  appDir: string;
}

export function zendeskSandbox(_options: SandboxOptions): Plugin {
  return { name: 'zendesk-sandbox' };
}

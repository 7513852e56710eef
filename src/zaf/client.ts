import ZAFClient from 'zendesk_app_framework_sdk';
import type { ZafSdkClient } from 'zendesk_app_framework_sdk';
import { SIDEBAR_PATHS, parseRegistration, parseTicketSidebarData } from './parse';
import { createZafTransport } from './request';
import type { AppContext, AppMetadata, ZafClient } from './types';

/** Wraps the SDK's client in the typed ZafClient. */
export function wrapSdkClient(sdk: ZafSdkClient): ZafClient {
  const registered = new Promise<{ metadata: AppMetadata; context: AppContext }>((resolve) => {
    const onRegistered = (data: unknown) => {
      resolve(parseRegistration(data));
      // The SDK walks its handler list while firing; removing ours right away would skip the next one.
      queueMicrotask(() => {
        sdk.off('app.registered', onRegistered);
      });
    };
    sdk.on('app.registered', onRegistered);
  });

  let lastHeight = -1;
  return {
    registered,
    getTicketSidebarData: async () => parseTicketSidebarData(await sdk.get([...SIDEBAR_PATHS])),
    resize: (height) => {
      if (height === lastHeight) return;
      lastHeight = height;
      void sdk.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => {
        // A host that cannot resize keeps the app at its default size; nothing to tell the agent.
      });
    },
    on: (event, handler) => {
      sdk.on(event, handler);
      return () => {
        sdk.off(event, handler);
      };
    },
    request: createZafTransport(sdk),
  };
}

/** The client for this page, or null when the page was opened outside Zendesk (no origin/app_guid). */
export function initZafClient(): ZafClient | null {
  const sdk = ZAFClient.init();
  return sdk === false ? null : wrapSdkClient(sdk);
}

import { withRetries } from '../calls/retry';
import { isRecord } from '../lib/isRecord';
import { SIDEBAR_PATHS, TOP_BAR_PATHS, parseRegistration, parseTicketSidebarData, parseTopBarData } from './parse';
import { createZafTransport } from './request';
import type { ZafSdk, ZafSdkClient } from './sdk';
import { settleSdkCall } from './sdkCall';
import type { AppContext, AppMetadata, NoZafClient, ZafClient } from './types';

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
    getTicketSidebarData: async () =>
      parseTicketSidebarData(await settleSdkCall(sdk.get([...SIDEBAR_PATHS]), 'tell about the ticket')),
    getTopBarData: async () =>
      parseTopBarData(await settleSdkCall(sdk.get([...TOP_BAR_PATHS]), 'tell about the agent')),
    routeToTicket: async (ticketId) => {
      await settleSdkCall(sdk.invoke('routeTo', 'ticket', ticketId), 'open the ticket');
    },
    hidePopover: async () => {
      await settleSdkCall(sdk.invoke('popover', 'hide'), 'close the pane');
    },
    resize: (height) => {
      if (height === lastHeight) return;
      lastHeight = height;
      void settleSdkCall(sdk.invoke('resize', { width: '100%', height: `${height}px` }), 'resize the app').catch(() => {
        // A host that cannot resize keeps the app at its default size; nothing to tell the agent.
      });
    },
    on: (event, handler) => {
      sdk.on(event, handler);
      return () => {
        sdk.off(event, handler);
      };
    },
    // Every location's requests pass here: GET and PATCH ride out a passing 5xx or lost connection.
    request: withRetries(createZafTransport(sdk)),
  };
}

/** The SDK's script defines window.ZAFClient; anything else there means it did not load. */
function isZafSdk(value: unknown): value is ZafSdk {
  return isRecord(value) && typeof value.init === 'function';
}

/** The client for this page, or why there is none. */
export function initZafClient(sdk: unknown = window.ZAFClient): ZafClient | NoZafClient {
  if (!isZafSdk(sdk)) return 'sdkMissing';
  const client = sdk.init();
  return client === false ? 'outsideZendesk' : wrapSdkClient(client);
}

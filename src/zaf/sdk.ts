/**
 * The ZAF SDK as Zendesk's CDN script (loaded by assets/iframe.html) defines it:
 * `window.ZAFClient`. It ships no types; these cover only what src/zaf/ uses,
 * answers are `unknown` and parsed where they arrive.
 */

export interface ZafSdkRequestOptions {
  url: string;
  type?: string;
  contentType?: string;
  data?: string;
  dataType?: string;
  headers?: Record<string, string>;
  httpCompleteResponse?: boolean;
  autoRetry?: boolean;
  cors?: boolean;
}

export type ZafSdkHandler = (data: unknown) => void;

export interface ZafSdkClient {
  metadata(): Promise<unknown>;
  context(): Promise<unknown>;
  get(paths: string | string[]): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  on(name: string, handler: ZafSdkHandler): void;
  off(name: string, handler: ZafSdkHandler): void;
  request(options: ZafSdkRequestOptions): Promise<unknown>;
}

export interface ZafSdk {
  /** false when the page was opened without `origin` and `app_guid`, i.e. outside Zendesk */
  init(): ZafSdkClient | false;
}

declare global {
  interface Window {
    /** Undefined when the SDK's script did not load (blocked, offline). Read it in src/zaf/ only. */
    ZAFClient?: ZafSdk;
  }
}

/**
 * Types for zendesk_app_framework_sdk 2.0.11, which ships none. Only what
 * src/zaf/ uses; answers are `unknown` and parsed where they arrive.
 */
declare module 'zendesk_app_framework_sdk' {
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

  const ZAFClient: {
    /** false when the page was opened without `origin` and `app_guid`, i.e. outside Zendesk */
    init(): ZafSdkClient | false;
  };
  export default ZAFClient;
}

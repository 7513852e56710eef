// Where the app's HTML loads the ZAF SDK, and where the sandbox serves its
// offline stand-in. No Node or DOM imports: tests, scripts and the sandbox share it.

/** The script assets/iframe.html loads: Zendesk's CDN, the only SDK distribution Zendesk supports. */
export const ZAF_SDK_CDN_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

/** The sandbox's browser build of the npm package zendesk_app_framework_sdk, standing in for the CDN file. */
export const SANDBOX_SDK_PATH = '/__sandbox/zaf_sdk.js';

/** The app's HTML with the CDN script pointed at the sandbox's stand-in; nothing else changes. */
export function pointSdkAtSandbox(html: string): string {
  return html.replaceAll(`src="${ZAF_SDK_CDN_URL}"`, `src="${SANDBOX_SDK_PATH}"`);
}

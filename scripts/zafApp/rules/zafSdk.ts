import { ZAF_SDK_CDN_URL } from '../../../sandbox/shared/zafSdk.ts';
import type { AppPackage } from '../appPackage.ts';
import { fileError, type Finding } from '../findings.ts';
import { decodeUtf8 } from '../json.ts';

/**
 * Strings of the ZAF SDK's own code, in any build (the protocol's first
 * message) and in the npm build only (its TimeoutError); app code has neither.
 */
export const BUNDLED_SDK_MARKERS: readonly string[] = ['iframe.handshake', 'Timeout when invoking'];

const escaped = ZAF_SDK_CDN_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A plain classic script: no type, async or defer, so window.ZAFClient exists before the app's module runs. */
const SDK_TAG = new RegExp(`<script\\s+src\\s*=\\s*["']${escaped}["']\\s*>\\s*</script>`, 'i');
const MODULE_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?module/i;

function sdkTag(path: string, html: string): Finding[] {
  const tag = SDK_TAG.exec(html);
  const fix = `load the SDK with <script src="${ZAF_SDK_CDN_URL}"></script> before the app's module script`;
  if (tag === null)
    return [fileError('assets.zafSdkScript', path, 'does not load the ZAF SDK from Zendesk’s CDN', fix)];
  const module = MODULE_SCRIPT.exec(html);
  if (module !== null && module.index < tag.index) {
    return [fileError('assets.zafSdkScript', path, 'runs the app before the ZAF SDK’s script', fix)];
  }
  return [];
}

/** Zendesk supports one SDK: its CDN script. Each page loads it; no built file carries a copy. */
export function checkZafSdk(pkg: AppPackage): Finding[] {
  const findings: Finding[] = [];
  for (const [path, bytes] of pkg.files) {
    if (!/^assets\/.*\.(html|m?js)$/.test(path)) continue;
    const text = decodeUtf8(bytes) ?? '';
    if (path.endsWith('.html')) findings.push(...sdkTag(path, text));
    const marker = BUNDLED_SDK_MARKERS.find((known) => text.includes(known));
    if (marker !== undefined) {
      findings.push(
        fileError(
          'assets.zafSdkBundled',
          path,
          `contains the ZAF SDK's code ("${marker}")`,
          'do not import zendesk_app_framework_sdk in the app: read window.ZAFClient, which the CDN script defines',
        ),
      );
    }
  }
  return findings;
}

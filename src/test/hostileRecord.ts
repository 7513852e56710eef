import { expect } from 'vitest';
import { CALL_FIELDS, CALL_FIELD_NAMES } from '../calls/fields';
import type { CallRecord } from '../calls/schema';
import { storedCall } from './callFixtures';
import { HOSTILE_MARKER, HOSTILE_TEXTS, LONG_PHONE } from './hostileStrings';

const texts = Object.values(HOSTILE_TEXTS);

/** Every text-ish field of a record filled with hostile strings, phones 10,000 characters long. */
export function hostileRecord(url: string): CallRecord {
  const values: Record<string, unknown> = {};
  CALL_FIELD_NAMES.forEach((name, index) => {
    const kind = CALL_FIELDS[name].type.kind;
    if (kind === 'phone') values[name] = LONG_PHONE;
    else if (kind === 'url') values[name] = url;
    else if (kind === 'text' || kind === 'longText' || kind === 'enum') values[name] = texts[index % texts.length];
  });
  return storedCall({
    id: 9001,
    ...values,
    call_started_at: HOSTILE_TEXTS.json,
    video_recording_url: url,
    custom_html: HOSTILE_TEXTS.imgOnError,
    nested: { note: HOSTILE_TEXTS.scriptTag },
  });
}

/** Nothing in `container` came from markup in the data, and every link is a web address. */
export function expectOnlyText(container: HTMLElement) {
  expect(container.querySelectorAll('script, img, iframe, circle, b')).toHaveLength(0);
  for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  expect((window as unknown as Record<string, unknown>)[HOSTILE_MARKER]).toBeUndefined();
}

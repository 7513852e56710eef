import { CALL_FIELDS, CALL_FIELD_NAMES, isCallFieldName } from './fields';
import type { CallFieldName } from './fields';
import type { FieldKind } from './fieldTypes';

/** A cleared value: Zendesk may answer null, leave the key out, or keep an empty string. */
function isCleared(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

/** Date.parse does not read the short offsets Zendesk accepts (+01, +0100): write them as +01:00 first. */
function instantOf(value: string): number {
  const short = /(T[\d:.]+)([+-]\d{2}):?(\d{2})?$/;
  return Date.parse(
    value.trim().replace(short, (_, time: string, hours: string, minutes = '00') => `${time}${hours}:${minutes}`),
  );
}

/** Zendesk stores whole seconds: an instant is kept when it is within a second, whatever its offset. */
function sameTime(sent: unknown, answer: unknown): boolean {
  if (typeof sent !== 'string' || typeof answer !== 'string') return false;
  const a = instantOf(sent);
  const b = instantOf(answer);
  return !Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a - b) < 1000;
}

/** E.164 sent, the same number stored in another format (or without its country code). */
function samePhone(sent: unknown, answer: unknown): boolean {
  if (typeof sent !== 'string' || typeof answer !== 'string') return false;
  const [a, b] = [digits(sent), digits(answer)];
  if (a === '' || b === '') return sent.trim() === answer.trim();
  return a === b || (b.length >= 7 && a.endsWith(b));
}

function sameText(sent: unknown, answer: unknown): boolean {
  const normalise = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value);
  return normalise(sent) === normalise(answer);
}

function sameNumber(sent: unknown, answer: unknown): boolean {
  return (typeof answer === 'number' || typeof answer === 'string') && Number(answer) === sent;
}

const SAME: Record<FieldKind, (sent: unknown, answer: unknown) => boolean> = {
  phone: samePhone,
  timestamp: sameTime,
  text: sameText,
  longText: sameText,
  url: sameText,
  enum: sameText,
  duration: sameNumber,
  count: sameNumber,
  id: sameNumber,
  flag: (sent, answer) => String(sent) === String(answer),
};

/** Whether Zendesk's answer holds the value sent for `name`, allowing for how it stores values. */
export function isKept(name: CallFieldName, sent: unknown, answer: unknown): boolean {
  if (isCleared(sent)) return isCleared(answer);
  if (isCleared(answer)) return false;
  return SAME[CALL_FIELDS[name].type.kind](sent, answer);
}

/**
 * The call fields sent in a create or update that Zendesk's answer does not
 * hold: Zendesk drops keys it does not accept and still answers 200/201. In
 * the catalogue's order; names that are not call fields (app_id) are skipped.
 */
export function fieldsNotKept(sent: Readonly<Record<string, unknown>>, answer: Readonly<Record<string, unknown>>) {
  const names = Object.keys(sent).filter(isCallFieldName);
  const notKept = new Set(names.filter((name) => !isKept(name, sent[name], answer[name])));
  return CALL_FIELD_NAMES.filter((name) => notKept.has(name));
}

/** Of the fields not kept, those the answer has no value for at all (dropped, not merely different). */
export function fieldsDropped(sent: Readonly<Record<string, unknown>>, answer: Readonly<Record<string, unknown>>) {
  return fieldsNotKept(sent, answer).filter((name) => isCleared(answer[name]));
}

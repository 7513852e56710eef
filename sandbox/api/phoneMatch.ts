// How the fake search compares phone numbers: people store them in many
// formats, so both sides are reduced to digits before comparing. The real
// search's matching is unconfirmed; this is the sandbox's documented choice.

/** At least this many national digits must agree when a stored number has no country code. */
const MIN_NATIONAL_DIGITS = 9;

interface Digits {
  digits: string;
  /** True when the number carried its country code (+ or the 00 prefix). */
  international: boolean;
}

export function phoneDigits(text: string): Digits {
  const trimmed = text.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return { digits, international: true };
  if (digits.startsWith('00')) return { digits: digits.slice(2), international: true };
  // A national number's trunk prefix (0 in most of Europe, 1 in North America) is not part of it.
  return { digits: digits.replace(/^[01]/, ''), international: false };
}

/**
 * True when `stored` is the same number as `wanted`: the same digits once
 * both carry a country code, or, for a stored national number, the digits it
 * has match the end of the international one.
 */
export function samePhone(stored: string, wanted: string): boolean {
  const a = phoneDigits(stored);
  const b = phoneDigits(wanted);
  if (a.digits === '' || b.digits === '') return false;
  if (a.international === b.international) return a.digits === b.digits;
  const [national, full] = a.international ? [b, a] : [a, b];
  return national.digits.length >= MIN_NATIONAL_DIGITS && full.digits.endsWith(national.digits);
}

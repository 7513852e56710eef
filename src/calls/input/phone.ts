/** Turns what an agent typed into an E.164 number, or null when it is not a phone number. */
export type PhoneNormaliser = (typed: string) => string | null;

const E164 = /^\+[1-9]\d{6,14}$/;
/** An extension after the number: "ext. 12", "extension 12", "x12", "#12", ";ext=12". */
const EXTENSION = /\d[\s).-]*(?:;?\s*ext(?:ension)?\.?\s*=?|x|#)\s*\d{1,7}\s*#?\s*$/i;

function compact(typed: string): string {
  // Agents paste numbers with spaces, dashes, dots, brackets, and "00" for "+".
  const stripped = typed.replace(/[\s\-.()/]/g, '');
  return stripped.startsWith('00') ? `+${stripped.slice(2)}` : stripped;
}

export function hasExtension(typed: string): boolean {
  return EXTENSION.test(typed.trim());
}

/** Until the phone-number library has loaded, or without a default country: accept E.164 only. */
export const normaliseInternationalOnly: PhoneNormaliser = (typed) => {
  const candidate = compact(typed);
  return E164.test(candidate) ? candidate : null;
};

/**
 * Why a typed number was refused, as a translation key: an extension (a call
 * line has none, and dropping it silently would store another number), a
 * national number the default country does not have (the agent meant
 * another country: add its code), or not a number at all.
 */
export function phoneErrorKey(typed: string): string {
  if (hasExtension(typed)) return 'errors.phoneExtension';
  const candidate = compact(typed);
  return /^\d{5,}$/.test(candidate) ? 'errors.phoneCountryCode' : 'errors.phone';
}

/**
 * Loads libphonenumber-js (its smallest metadata, ~33 kB gzip) on demand:
 * the list of calls does not need it, only the forms do. A number must be
 * valid for its country (its length and leading digits), not just possible.
 */
export async function loadPhoneNormaliser(defaultCountry: string | null): Promise<PhoneNormaliser> {
  const { parsePhoneNumberFromString, isSupportedCountry } = await import('libphonenumber-js/min');
  const country = defaultCountry !== null && isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  return (typed) => {
    if (hasExtension(typed)) return null;
    const parsed = parsePhoneNumberFromString(typed, country === undefined ? undefined : { defaultCountry: country });
    if (parsed === undefined) return null;
    return parsed.ext === undefined && parsed.isValid() && E164.test(parsed.number) ? parsed.number : null;
  };
}

/** Turns what an agent typed into an E.164 number, or null when it is not a phone number. */
export type PhoneNormaliser = (typed: string) => string | null;

const E164 = /^\+[1-9]\d{6,14}$/;

function compact(typed: string): string {
  // Agents paste numbers with spaces, dashes, dots, brackets, and "00" for "+".
  const stripped = typed.replace(/[\s\-.()/]/g, '');
  return stripped.startsWith('00') ? `+${stripped.slice(2)}` : stripped;
}

/** Until the phone-number library has loaded, or without a default country: accept E.164 only. */
export const normaliseInternationalOnly: PhoneNormaliser = (typed) => {
  const candidate = compact(typed);
  return E164.test(candidate) ? candidate : null;
};

/**
 * Loads libphonenumber-js (its smallest metadata, ~33 kB gzip) on demand:
 * the list of calls does not need it, only the forms do.
 */
export async function loadPhoneNormaliser(defaultCountry: string | null): Promise<PhoneNormaliser> {
  const { parsePhoneNumberFromString, isSupportedCountry } = await import('libphonenumber-js/min');
  const country = defaultCountry !== null && isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  return (typed) => {
    const international = normaliseInternationalOnly(typed);
    const parsed = parsePhoneNumberFromString(typed, country === undefined ? undefined : { defaultCountry: country });
    if (parsed?.isPossible() === true && E164.test(parsed.number)) return parsed.number;
    return international;
  };
}

import { describe, expect, it } from 'vitest';
import { hasExtension, loadPhoneNormaliser, normaliseInternationalOnly, phoneErrorKey } from './phone';

describe('normaliseInternationalOnly', () => {
  it.each([
    ['+1 (415) 555-0123', '+14155550123'],
    ['0049 30 1234567', '+49301234567'],
    ['+44.20.7946.0958', '+442079460958'],
  ])('turns %j into %j', (typed, e164) => expect(normaliseInternationalOnly(typed)).toBe(e164));

  it('refuses a national number it cannot place', () => {
    expect(normaliseInternationalOnly('030 1234567')).toBeNull();
  });
});

describe('loadPhoneNormaliser', () => {
  it('places national numbers in the default country', async () => {
    const normalise = await loadPhoneNormaliser('DE');
    expect(normalise('030 1234567')).toBe('+49301234567');
    expect(normalise('+1 415 555 0123')).toBe('+14155550123');
  });

  it('drops the national trunk prefix the way each country does', async () => {
    expect((await loadPhoneNormaliser('GB'))('020 7946 0958')).toBe('+442079460958');
    expect((await loadPhoneNormaliser('US'))('(415) 555-0123')).toBe('+14155550123');
  });

  it('refuses what cannot be a phone number', async () => {
    const normalise = await loadPhoneNormaliser('US');
    expect(normalise('12')).toBeNull();
    expect(normalise('call me')).toBeNull();
  });

  it('without a usable default country, takes international numbers only', async () => {
    const normalise = await loadPhoneNormaliser('Narnia');
    expect(normalise('+49 30 1234567')).toBe('+49301234567');
    expect(normalise('030 1234567')).toBeNull();
  });
});

describe('numbers must be valid, not just possible', () => {
  it('refuses a German national number read as a US one, with a hint to add the country code', async () => {
    const normalise = await loadPhoneNormaliser('US');
    expect(normalise('030 1234567')).toBeNull();
    expect(phoneErrorKey('030 1234567')).toBe('errors.phoneCountryCode');
    expect(normalise('+49 30 1234567')).toBe('+49301234567');
  });

  it('refuses an international number no country has', async () => {
    expect((await loadPhoneNormaliser('US'))('+1 555 555 5555')).toBeNull();
    expect(phoneErrorKey('+1 555 555 5555')).toBe('errors.phone');
  });
});

describe('extensions', () => {
  it.each([
    '+1 415 555 0123 ext. 12',
    '+1 415 555 0123 extension 12',
    '+1 415 555 0123 x12',
    '(415) 555-0123 #12',
    '+14155550123;ext=12',
  ])('refuses %j with its own message instead of dropping the extension', async (typed) => {
    expect(hasExtension(typed)).toBe(true);
    expect((await loadPhoneNormaliser('US'))(typed)).toBeNull();
    expect(normaliseInternationalOnly(typed)).toBeNull();
    expect(phoneErrorKey(typed)).toBe('errors.phoneExtension');
  });

  it('does not take a plain number for one with an extension', () => {
    expect(hasExtension('+1 (415) 555-0123')).toBe(false);
    expect(hasExtension('0049 30 1234567')).toBe(false);
  });
});

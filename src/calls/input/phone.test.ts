import { describe, expect, it } from 'vitest';
import { loadPhoneNormaliser, normaliseInternationalOnly } from './phone';

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

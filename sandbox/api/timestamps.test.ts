import { describe, expect, it } from 'vitest';
import { toUtcTimestamp, zendeskTime } from './timestamps.ts';

describe('toUtcTimestamp', () => {
  it.each([
    ['2022-01-27T15:31:40+01', '2022-01-27T14:31:40Z'],
    ['2022-01-27T15:31:40+01:00', '2022-01-27T14:31:40Z'],
    ['2022-01-27T15:31:40+0100', '2022-01-27T14:31:40Z'],
    ['2022-01-27T15:31:40Z', '2022-01-27T15:31:40Z'],
    ['2022-01-27T15:31:40-04:00', '2022-01-27T19:31:40Z'],
    ['2022-01-27T15:31:40.987+05:30', '2022-01-27T10:01:40Z'],
    ['2022-01-27T15:31+01:00', '2022-01-27T14:31:00Z'],
    ['2022-01-01T00:30:00+01:00', '2021-12-31T23:30:00Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(toUtcTimestamp(input)).toBe(expected);
  });

  it.each([
    ['no offset', '2022-01-27T15:31:40'],
    ['date only', '2022-01-27'],
    ['month 13', '2022-13-27T15:31:40Z'],
    ['30 February', '2023-02-30T10:00:00Z'],
    ['29 February of a common year', '2023-02-29T10:00:00Z'],
    ['hour 24', '2022-01-27T24:00:00Z'],
    ['minute 60', '2022-01-27T10:60:00Z'],
    ['offset hour 24', '2022-01-27T10:00:00+24:00'],
    ['words', 'yesterday'],
    ['epoch seconds', '1643293900'],
    ['empty', ''],
  ])('refuses %s', (_why, input) => {
    expect(toUtcTimestamp(input)).toBeNull();
  });
});

describe('zendeskTime', () => {
  it('drops milliseconds and ends in Z', () => {
    expect(zendeskTime(new Date('2024-01-17T18:31:18.456Z'))).toBe('2024-01-17T18:31:18Z');
  });
});

import { describe, expect, it } from 'vitest';
import { durationToInput, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['0', 0],
    ['1:30', 90],
    ['01:02:03', 3723],
    ['1h 2m 3s', 3723],
    ['2m', 120],
    ['45 sec', 45],
    ['1H30M', 5400],
  ])('reads %j as %i seconds', (typed, seconds) => expect(parseDuration(typed)).toBe(seconds));

  it.each(['', '-5', '1.5', '1:75', '1:60:00', 'soon', '1h x'])('refuses %j', (typed) => {
    expect(parseDuration(typed)).toBeNull();
  });
});

describe('durationToInput', () => {
  it.each([
    [0, '0:00'],
    [75, '1:15'],
    [3723, '1:02:03'],
  ])('shows %i seconds as %j, which reads back the same', (seconds, text) => {
    expect(durationToInput(seconds)).toBe(text);
    expect(parseDuration(text)).toBe(seconds);
  });
});

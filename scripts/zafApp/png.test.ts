import { describe, expect, it } from 'vitest';
import { pngOfSize } from './fixture.ts';
import { readPngSize } from './png.ts';

describe('readPngSize', () => {
  it('reads width and height from IHDR', () => {
    expect(readPngSize(pngOfSize(320, 128))).toEqual({ width: 320, height: 128 });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(readPngSize(new TextEncoder().encode('GIF89a and then some more bytes'))).toBeUndefined();
  });

  it('refuses a PNG cut short before IHDR', () => {
    expect(readPngSize(pngOfSize(1, 1).subarray(0, 20))).toBeUndefined();
  });

  it('refuses a PNG whose first chunk is not IHDR', () => {
    const bytes = pngOfSize(1, 1);
    bytes.set([0x49, 0x44, 0x41, 0x54], 12);
    expect(readPngSize(bytes)).toBeUndefined();
  });
});

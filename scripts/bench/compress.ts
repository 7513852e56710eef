// What a file costs on the wire: raw, gzip and brotli, as a CDN would send it.

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export const COMPRESSION_LABEL = 'gzip level 6 (zlib default), brotli quality 11';

export function measure(bytes: Uint8Array | string): Sizes {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength },
    }).byteLength,
  };
}

/** Several files fetched together: each is compressed on its own, so the sizes add up. */
export function sum(sizes: readonly Sizes[]): Sizes {
  return sizes.reduce(
    (total, next) => ({
      raw: total.raw + next.raw,
      gzip: total.gzip + next.gzip,
      brotli: total.brotli + next.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

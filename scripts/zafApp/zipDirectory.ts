/** One entry of a zip's central directory: the only place a zip records Unix file modes. */
export interface ZipEntryInfo {
  readonly name: string;
  /** Unix mode from the upper 16 bits of the external attributes (0 when the zip has none). */
  readonly unixMode: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const UTF8_NAME_FLAG = 0x800;
const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;

export function isSymlinkMode(unixMode: number): boolean {
  return (unixMode & FILE_TYPE_MASK) === SYMLINK_TYPE;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Without the UTF-8 flag names are CP437; latin1 reads the ASCII names we care about the same way.
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes);
}

/** Lists a zip's entries from its central directory (fflate's unzip does not expose file modes). */
export function readZipDirectory(zip: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
  while (end >= 0 && end >= zip.length - 22 - 0xffff && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0 || view.getUint32(end, true) !== END_OF_DIRECTORY) {
    throw new ZipFormatError('no end-of-central-directory record: not a zip file');
  }
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError(`central directory entry ${i} is damaged`);
    }
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const unixMode = view.getUint32(offset + 38, true) >>> 16;
    const name = decodeName(zip.subarray(offset + 46, offset + 46 + nameLength), (flags & UTF8_NAME_FLAG) !== 0);
    entries.push({ name, unixMode });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

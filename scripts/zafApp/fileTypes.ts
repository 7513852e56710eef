/**
 * File types Zendesk refuses in an app package (zendesk_apps_support, validations/mime.rb:
 * UNSUPPORTED_MIME_TYPES), matched like Zendesk does: by extension or by what the bytes are.
 */
export const FORBIDDEN_EXTENSIONS = [
  'rar',
  'zip',
  'gzip',
  'pdf',
  'doc',
  'docx',
  'avi',
  'bin',
  'bz',
  'bz2',
  'csh',
  'sh',
  'jar',
  'mp3',
  'mpeg',
  'odt',
  'pptx',
  'ppt',
  'xls',
  'xlsx',
  '7z',
] as const;

interface Signature {
  readonly type: string;
  readonly offset: number;
  readonly bytes: readonly number[];
}

const ascii = (text: string) => [...new TextEncoder().encode(text)];

// Magic numbers of those types; zip also covers docx, xlsx, pptx, odt and jar.
const SIGNATURES: readonly Signature[] = [
  { type: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { type: 'gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { type: 'pdf', offset: 0, bytes: ascii('%PDF-') },
  { type: 'rar', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  { type: '7z', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'bz2', offset: 0, bytes: [...ascii('BZh'), -1, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { type: 'doc/xls/ppt', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: 'mp3', offset: 0, bytes: ascii('ID3') },
  { type: 'mp3', offset: 0, bytes: [0xff, 0xfb] },
  { type: 'mp3', offset: 0, bytes: [0xff, 0xf3] },
  { type: 'mp3', offset: 0, bytes: [0xff, 0xf2] },
  { type: 'mpeg', offset: 0, bytes: [0x00, 0x00, 0x01, 0xba] },
  { type: 'mpeg', offset: 0, bytes: [0x00, 0x00, 0x01, 0xb3] },
  { type: 'avi', offset: 8, bytes: ascii('AVI ') },
];

const SHELL_SCRIPT = /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|c|z|k)?sh\b/;

function matches(bytes: Uint8Array, { offset, bytes: expected }: Signature): boolean {
  // -1 stands for "any byte" (the bzip2 block size digit).
  return expected.every((byte, i) => byte === -1 || bytes[offset + i] === byte);
}

/** What makes this file forbidden (e.g. `.pdf file`, `zip content`), or undefined when it is allowed. */
export function forbiddenTypeOf(path: string, bytes: Uint8Array): string | undefined {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension !== undefined && (FORBIDDEN_EXTENSIONS as readonly string[]).includes(extension)) {
    return `.${extension} file`;
  }
  const signature = SIGNATURES.find((candidate) => matches(bytes, candidate));
  if (signature) return `${signature.type} content`;
  const head = String.fromCharCode(...bytes.subarray(0, 64));
  if (SHELL_SCRIPT.test(head)) return 'shell script content';
  return undefined;
}

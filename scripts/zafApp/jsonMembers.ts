/** One `"key": value` pair in a JSON text, with where its value sits. */
export interface JsonMember {
  readonly path: readonly (string | number)[];
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface JsonScan {
  readonly members: readonly JsonMember[];
  /** Dotted paths of keys that appear twice in the same object (JSON.parse silently keeps the last). */
  readonly duplicateKeys: readonly string[];
}

export function formatJsonPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/**
 * Walks a JSON text that JSON.parse already accepted and records every object member's
 * position, so we can find duplicate keys (Zendesk rejects them) and edit one value in place.
 */
export function scanJson(text: string): JsonScan {
  const members: JsonMember[] = [];
  const duplicateKeys: string[] = [];
  let pos = 0;

  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text.charAt(pos))) pos++;
  };
  const readString = (): string => {
    const start = pos;
    pos++;
    while (text.charAt(pos) !== '"') pos += text.charAt(pos) === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const readValue = (path: (string | number)[]): void => {
    skipSpace();
    const char = text.charAt(pos);
    if (char === '{') readObject(path);
    else if (char === '[') readArray(path);
    else if (char === '"') readString();
    else while (pos < text.length && !',]} \t\n\r'.includes(text.charAt(pos))) pos++;
  };
  const readObject = (path: (string | number)[]): void => {
    const seen = new Set<string>();
    pos++;
    skipSpace();
    while (text.charAt(pos) !== '}') {
      skipSpace();
      const key = readString();
      const memberPath = [...path, key];
      if (seen.has(key)) duplicateKeys.push(formatJsonPath(memberPath));
      seen.add(key);
      skipSpace();
      pos++; // the colon
      skipSpace();
      const valueStart = pos;
      readValue(memberPath);
      members.push({ path: memberPath, valueStart, valueEnd: pos });
      skipSpace();
      if (text.charAt(pos) === ',') pos++;
      skipSpace();
    }
    pos++;
  };
  const readArray = (path: (string | number)[]): void => {
    pos++;
    skipSpace();
    for (let index = 0; text.charAt(pos) !== ']'; index++) {
      readValue([...path, index]);
      skipSpace();
      if (text.charAt(pos) === ',') pos++;
      skipSpace();
    }
    pos++;
  };

  readValue([]);
  return { members, duplicateKeys };
}

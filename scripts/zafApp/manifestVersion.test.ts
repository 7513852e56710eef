import { describe, expect, it } from 'vitest';
import { setManifestVersion } from './manifestVersion.ts';

describe('setManifestVersion', () => {
  it('changes only the top-level version, keeping indentation and the trailing newline', () => {
    const before =
      '{\n  "name": "Call Logger",\n  "parameters": [{ "name": "x", "version": "9" }],\n  "version": "1.0.0",\n  "frameworkVersion": "2.0"\n}\n';
    const after = setManifestVersion(before, '1.1.0');
    expect(after).toBe(before.replace('"version": "1.0.0"', '"version": "1.1.0"'));
  });

  it('returns the text unchanged when the version already matches', () => {
    const text = '{\n  "version": "2.0.0"\n}\n';
    expect(setManifestVersion(text, '2.0.0')).toBe(text);
  });

  it('writes the version as a JSON string even when it was a number', () => {
    expect(setManifestVersion('{"version": 1}', '1.0.1')).toBe('{"version": "1.0.1"}');
  });

  it('refuses a manifest without a top-level version', () => {
    expect(() => setManifestVersion('{"author": {"version": "1"}}', '1.0.0')).toThrow(/no top-level "version"/);
  });

  it('refuses a manifest that is not an object', () => {
    expect(() => setManifestVersion('[]', '1.0.0')).toThrow(/not a JSON object/);
  });
});

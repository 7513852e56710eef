import { expect } from 'vitest';
import type { AppPackage } from './appPackage.ts';
import { validatePackage } from './validatePackage.ts';

// Test support: one broken package and the finding it must produce.
export interface BrokenCase {
  readonly name: string;
  readonly pkg: AppPackage;
  readonly rule: string;
  readonly problem: RegExp;
  readonly file?: string;
  readonly key?: string;
  readonly severity?: 'error' | 'warning';
}

/** Asserts the package yields a finding of this rule, at this place, with this message. */
export function expectFinding({ pkg, rule, problem, file, key, severity = 'error' }: BrokenCase): void {
  const { errors, warnings } = validatePackage(pkg);
  const findings = severity === 'error' ? errors : warnings;
  expect(findings).toContainEqual(
    expect.objectContaining({
      rule,
      problem: expect.stringMatching(problem) as unknown,
      ...(file === undefined ? {} : { file }),
      ...(key === undefined ? {} : { key }),
    }),
  );
}

/** Asserts the package has no error at all (warnings allowed). */
export function expectValid(pkg: AppPackage): void {
  expect(validatePackage(pkg).errors).toEqual([]);
}

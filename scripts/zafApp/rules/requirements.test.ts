import { describe, it } from 'vitest';
import { expectFinding, type BrokenCase } from '../expectFinding.ts';
import { withFiles } from '../fixture.ts';

const broken: BrokenCase[] = [
  {
    name: 'requirements.json that is not JSON',
    pkg: withFiles({ 'requirements.json': '{' }),
    rule: 'requirements.json',
    problem: /not valid JSON/,
  },
  {
    name: 'requirements.json holding a list',
    pkg: withFiles({ 'requirements.json': '[]' }),
    rule: 'requirements.json',
    problem: /not a JSON object/,
  },
  {
    name: 'a duplicate requirement key',
    pkg: withFiles({ 'requirements.json': '{"targets": {"a": {"title": "A"}, "a": {"title": "B"}}}' }),
    rule: 'requirements.duplicateKey',
    key: 'targets.a',
    problem: /appears twice/,
  },
  {
    name: 'requirements that are only checked by Zendesk',
    pkg: withFiles({ 'requirements.json': '{}' }),
    rule: 'requirements.unchecked',
    severity: 'warning',
    problem: /only checked for JSON here/,
  },
];

describe('requirements.json', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });
});

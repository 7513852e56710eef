import { describe, expect, it } from 'vitest';
import german from '../../../translations/de.json';
import spanish from '../../../translations/es.json';
import type { ApiProblem } from '../../calls/errors';
import { english } from '../../i18n/englishTexts';
import type { MessageTree } from '../../i18n/messages';
import { createTranslator } from '../../i18n/translate';
import { problemSentence } from './ProblemMessage';

const PROBLEMS: ApiProblem[] = [
  { kind: 'network', detail: 'timeout' },
  { kind: 'forbidden', status: 403, description: null },
  { kind: 'notFound', description: null },
  { kind: 'invalid', fields: {}, description: null },
  { kind: 'rateLimited', retryAfterSeconds: 5 },
  { kind: 'rateLimited', retryAfterSeconds: null },
  { kind: 'server', status: 500, description: null },
  { kind: 'server', status: 503, description: null, retryAfterSeconds: 20 },
  { kind: 'unexpected', status: 200, description: null },
];

// What the write texts promise about the agent's typing, in each language.
const LOCALES: [string, MessageTree, RegExp][] = [
  ['en', english.texts, /entries/i],
  ['de', german, /Eingaben/],
  ['es', spanish, /Sus datos/],
];

describe('problemSentence', () => {
  it.each(LOCALES)('never speaks of the agent’s entries after a failed read (%s)', (locale, messages, entries) => {
    const translator = createTranslator(locale, messages);
    for (const problem of PROBLEMS) expect(problemSentence(problem, translator, 'read')).not.toMatch(entries);
  });

  it.each(LOCALES)('tells the agent their entries are kept after a failed write (%s)', (locale, messages, entries) => {
    const translator = createTranslator(locale, messages);
    for (const kind of ['network', 'server', 'unexpected'] as const) {
      const problem = PROBLEMS.find((candidate) => candidate.kind === kind);
      expect(problem && problemSentence(problem, translator, 'write')).toMatch(entries);
    }
  });
});

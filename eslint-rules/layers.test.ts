import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// The project's own eslint.config.js, without type information (the fixtures exist only here), and only the layer rules.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [tseslint.configs.disableTypeChecked],
  ruleFilter: ({ ruleId }) => ruleId === 'local/layers' || ruleId === 'no-restricted-imports',
});

async function problems(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('the layers eslint.config.js enforces', () => {
  // Loading eslint.config.js and its plugins is the slow part: once, outside every case's time limit.
  beforeAll(() => eslint.calculateConfigForFile('src/lib/__fixture.ts'), 60_000);

  it.each([
    ['src/calls/__fixture.ts', "import { App } from '../ui/app/App';", 'src/calls/ must not import src/ui/'],
    ['src/zaf/__fixture.ts', "import { Stack } from '../ui/shared/layout';", 'src/zaf/ must not import src/ui/'],
    ['src/i18n/__fixture.ts', "import { Page } from '../ui/shared/layout';", 'src/i18n/ must not import src/ui/'],
    ['src/lib/__fixture.ts', "export * from '../ui/shared/layout';", 'src/lib/ must not import src/ui/'],
    ['src/calls/__fixture.ts', "import type { ZafClient } from '../zaf/types';", 'src/calls/ must not import src/zaf/'],
    ['src/i18n/__fixture.ts', "import { wrapSdkClient } from '../zaf/client';", 'src/i18n/ must not import src/zaf/'],
    [
      'src/ui/shared/__fixture.ts',
      "import { CallList } from '../features/call-list/CallList';",
      'src/ui/shared/ must not import a feature, a location or the app shell',
    ],
    [
      'src/ui/shared/form/__fixture.ts',
      "import { CallLogger } from '../../locations/ticket-sidebar/CallLogger';",
      'src/ui/shared/ must not import a feature, a location or the app shell',
    ],
    [
      'src/ui/shared/__fixture.ts',
      "import { App } from '../app/App';",
      'src/ui/shared/ must not import a feature, a location or the app shell',
    ],
    [
      'src/ui/features/call-list/__fixture.ts',
      "import { LogCallForm } from '../log-call/LogCallForm';",
      'Feature "call-list" must not import feature "log-call"',
    ],
    [
      'src/ui/features/a-new-feature/__fixture.ts',
      "export const load = () => import('../call-list/CallList');",
      'Feature "a-new-feature" must not import feature "call-list"',
    ],
    [
      'src/ui/features/call-list/__fixture.ts',
      "import { CallLogger } from '../../locations/ticket-sidebar/CallLogger';",
      'Feature "call-list" must not import a location or the app shell',
    ],
    [
      'src/ui/features/call-details/__fixture.ts',
      "import { LOCATION_ROOTS } from '../../app/locations';",
      'Feature "call-details" must not import a location or the app shell',
    ],
    [
      'src/ui/locations/top-bar/__fixture.ts',
      "import { CallLogger } from '../ticket-sidebar/CallLogger';",
      'Location "top-bar" must not import location "ticket-sidebar"',
    ],
    [
      'src/ui/locations/ticket-sidebar/__fixture.ts',
      "import { App } from '../../app/App';",
      'Location "ticket-sidebar" must not import the app shell',
    ],
  ])('%s: %s is refused', async (filePath, code, message) => {
    const found = await problems(filePath, code);
    expect(found.map((problem) => problem.ruleId)).toEqual(['local/layers']);
    expect(found[0]?.message).toContain(message);
  });

  it('keeps the ZAF SDK inside src/zaf/', async () => {
    const code = "import ZAFClient from 'zendesk_app_framework_sdk';";
    const found = await problems('src/ui/shared/__fixture.ts', code);
    expect(found.map((problem) => problem.ruleId)).toEqual(['no-restricted-imports']);
    expect(found[0]?.message).toContain('Use the typed client from src/zaf/');
    expect(await problems('src/zaf/__fixture.ts', code)).toEqual([]);
  });

  it('lets imports go down the layers and within a folder', async () => {
    const allowed: [string, string][] = [
      [
        'src/ui/features/call-list/__fixture.ts',
        "import { Stack } from '../../shared/layout';\nimport { CallCard } from './CallCard';\nimport type { Call } from '../../../calls/schema';\nimport { useZafReady } from '../../../zaf/ZafProvider';",
      ],
      [
        'src/ui/locations/ticket-sidebar/__fixture.ts',
        "import { CallList } from '../../features/call-list/CallList';\nimport { CallLogger } from './CallLogger';",
      ],
      ['src/ui/app/__fixture.ts', "export const load = () => import('../locations/ticket-sidebar/TicketSidebar');"],
      ['src/zaf/__fixture.ts', "import type { Transport } from '../calls/transport';"],
    ];
    for (const [filePath, code] of allowed) expect(await problems(filePath, code)).toEqual([]);
  });
});

import { describe, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { labelSettings, withManifest } from '../fixture.ts';
import type { JsonObject, JsonValue } from '../json.ts';

const withParameters = (parameters: JsonValue) =>
  withManifest((m) => {
    m.parameters = parameters;
  });
const withSetting = (setting: JsonObject) => withParameters([setting]);
const secureToken = { name: 'api_token', type: 'text', secure: true };

const broken: BrokenCase[] = [
  {
    name: 'parameters as an object',
    pkg: withParameters({ company_line: { type: 'text' } }),
    rule: 'parameters.array',
    problem: /must be an array, got an object/,
  },
  {
    name: 'a parameter given as a string',
    pkg: withParameters(['company_line']),
    rule: 'parameters.item',
    key: 'parameters[0]',
    problem: /must be an object, got "company_line"/,
  },
  {
    name: 'a parameter without a name',
    pkg: withSetting({ type: 'text' }),
    rule: 'parameters.name',
    key: 'parameters[0].name',
    problem: /non-empty string, got nothing/,
  },
  {
    name: 'two parameters with one name',
    pkg: withParameters([
      { name: 'line', type: 'text' },
      { name: 'line', type: 'url' },
    ]),
    rule: 'parameters.duplicate',
    key: 'parameters[1].name',
    problem: /"line" is defined twice/,
  },
  {
    name: 'a parameter called "name"',
    pkg: withSetting({ name: 'name' }),
    rule: 'parameters.reservedName',
    problem: /cannot be called "name"/,
  },
  {
    name: 'the removed password type',
    pkg: withSetting({ name: 'pin', type: 'password' }),
    rule: 'parameters.type',
    key: 'parameters[0].type',
    problem: /"password" is not a setting type/,
  },
  {
    name: 'an mtls setting (behind a Zendesk flag)',
    pkg: withSetting({ name: 'cert', type: 'mtls' }),
    rule: 'parameters.type',
    problem: /"mtls"/,
  },
  {
    name: 'required as a string',
    pkg: withSetting({ name: 'line', required: 'no' }),
    rule: 'parameters.boolean',
    key: 'parameters[0].required',
    problem: /got "no"/,
  },
  {
    name: 'secure as a number',
    pkg: withSetting({ name: 'line', secure: 1 }),
    rule: 'parameters.boolean',
    key: 'parameters[0].secure',
    problem: /got 1/,
  },
  {
    name: 'a required hidden setting',
    pkg: withSetting({ name: 'seed', type: 'hidden', required: true }),
    rule: 'parameters.hiddenRequired',
    problem: /hidden setting cannot be required/,
  },
  {
    name: 'scopes on a setting that is not secure',
    pkg: withSetting({ name: 'line', scopes: ['header'] }),
    rule: 'parameters.scopes',
    problem: /only allowed on a secure setting/,
  },
  {
    name: 'scopes as a string',
    pkg: withSetting({ ...secureToken, scopes: 'header' }),
    rule: 'parameters.scopes',
    problem: /must be an array/,
  },
  {
    name: 'empty scopes',
    pkg: withSetting({ ...secureToken, scopes: [] }),
    rule: 'parameters.scopes',
    problem: /is empty/,
  },
  {
    name: 'an unknown scope',
    pkg: withSetting({ ...secureToken, scopes: ['header', 'cookie'] }),
    rule: 'parameters.scopes',
    problem: /unknown scopes: "cookie"/,
  },
  {
    name: 'two oauth settings',
    pkg: withParameters([
      { name: 'a', type: 'oauth' },
      { name: 'b', type: 'oauth' },
    ]),
    rule: 'parameters.oauth',
    problem: /2 oauth settings/,
  },
  {
    name: 'a secure oauth setting',
    pkg: withSetting({ name: 'a', type: 'oauth', secure: true }),
    rule: 'parameters.oauth',
    key: 'parameters[0].secure',
    problem: /cannot be secure/,
  },
  {
    name: 'an oauth block without its urls',
    pkg: withManifest((m) => {
      m.oauth = { client_id: 'x', client_secret: 'y' };
      m.parameters = [{ name: 'token', type: 'oauth' }];
    }),
    rule: 'manifest.oauth',
    problem: /lacks authorize_uri, access_token_uri/,
  },
  {
    name: 'an oauth block with no oauth setting',
    pkg: withManifest((m) => {
      m.oauth = { client_id: 'x', client_secret: 'y', authorize_uri: 'https://a', access_token_uri: 'https://b' };
    }),
    rule: 'manifest.oauth',
    problem: /no setting has type "oauth"/,
  },
  {
    name: 'a token in a plain text setting',
    pkg: withSetting({ name: 'api_token', type: 'text' }),
    rule: 'parameters.insecure',
    severity: 'warning',
    problem: /looks like a secret/,
  },
  {
    name: 'a default on a hidden setting',
    pkg: withSetting({ name: 'seed', type: 'hidden', default: 'x' }),
    rule: 'parameters.secretDefault',
    severity: 'warning',
    problem: /not stored securely/,
  },
  {
    name: 'a secure setting without scopes',
    pkg: withSetting(secureToken),
    rule: 'parameters.noScopes',
    severity: 'warning',
    problem: /no "scopes"/,
  },
];

describe('parameters', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it.each([
    [
      'no parameters at all',
      withManifest((m) => {
        delete m.parameters;
      }),
    ],
    [
      'every allowed type',
      withParameters(['text', 'checkbox', 'url', 'number', 'multiline', 'oauth'].map((type) => ({ name: type, type }))),
    ],
    ['a secure scoped token', withSetting({ ...secureToken, scopes: ['header', 'basic_auth_password'] })],
    ['a missing type (defaults to text)', withSetting({ name: 'line' })],
    [
      'null required and secure (Zendesk reads them as false)',
      withSetting({ name: 'line', required: null, secure: null }),
    ],
  ])('accepts %s', (_name, pkg) => {
    expectValid(labelSettings(pkg));
  });
});

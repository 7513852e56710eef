import { describe, it } from 'vitest';
import { expectFinding, expectValid, type BrokenCase } from '../expectFinding.ts';
import { withManifest } from '../fixture.ts';
import type { JsonValue } from '../json.ts';

const SIDEBAR = 'location.support.ticket_sidebar';
const withLocation = (location: JsonValue) =>
  withManifest((m) => {
    m.location = location;
  });
const withSidebar = (sidebar: JsonValue) => withLocation({ support: { ticket_sidebar: sidebar } });

const broken: BrokenCase[] = [
  {
    name: 'no location',
    pkg: withManifest((m) => {
      delete m.location;
    }),
    rule: 'location.missing',
    problem: /^is missing$/,
  },
  {
    name: 'an empty support product',
    pkg: withLocation({ support: {} }),
    rule: 'location.missing',
    problem: /names no location/,
  },
  {
    name: 'a framework v1 list',
    pkg: withLocation(['ticket_sidebar']),
    rule: 'location.shape',
    key: 'location',
    problem: /object of products/,
  },
  {
    name: 'a product given as a url',
    pkg: withLocation({ support: 'assets/iframe.html' }),
    rule: 'location.shape',
    key: 'location.support',
    problem: /object of locations/,
  },
  {
    name: 'an unknown product',
    pkg: withLocation({ support: { ticket_sidebar: 'assets/iframe.html' }, talk: {} }),
    rule: 'location.product',
    key: 'location.talk',
    problem: /"talk" is not a Zendesk product/,
  },
  {
    name: 'an unknown location',
    pkg: withLocation({ support: { ticket_sidebar_v2: 'assets/iframe.html' } }),
    rule: 'location.name',
    problem: /"ticket_sidebar_v2" is not a support location/,
  },
  {
    name: 'a Sell location under support',
    pkg: withLocation({ support: { deal_card: 'assets/iframe.html' } }),
    rule: 'location.name',
    key: 'location.support.deal_card',
    problem: /not a support location/,
  },
  {
    name: 'no url',
    pkg: withSidebar({ flexible: true }),
    rule: 'location.url.missing',
    key: `${SIDEBAR}.url`,
    problem: /loads automatically/,
  },
  {
    name: 'the v1 placeholder url',
    pkg: withSidebar({ url: '_legacy' }),
    rule: 'location.url.legacy',
    problem: /"_legacy"/,
  },
  {
    name: 'plain http',
    pkg: withSidebar({ url: 'http://example.com/app.html' }),
    rule: 'location.url.absolute',
    problem: /neither https nor http:\/\/localhost/,
  },
  {
    name: 'http to 127.0.0.1 (Zendesk only exempts "localhost")',
    pkg: withSidebar({ url: 'http://127.0.0.1:4567/iframe.html' }),
    rule: 'location.url.absolute',
    problem: /neither https/,
  },
  {
    name: 'a broken absolute url',
    pkg: withSidebar({ url: 'https://exa mple.com/' }),
    rule: 'location.url.absolute',
    problem: /not a valid URL/,
  },
  {
    name: 'a relative url outside assets/',
    pkg: withSidebar({ url: 'iframe.html' }),
    rule: 'location.url.relative',
    problem: /outside assets\//,
  },
  {
    name: 'a root-relative url',
    pkg: withSidebar({ url: '/assets/iframe.html' }),
    rule: 'location.url.relative',
    problem: /outside assets\//,
  },
  {
    name: 'a url to a missing file',
    pkg: withSidebar({ url: 'assets/sidebar.html' }),
    rule: 'location.url.file',
    problem: /assets\/sidebar\.html, which is not in the package/,
  },
  {
    name: 'flexible as a string',
    pkg: withSidebar({ url: 'assets/iframe.html', flexible: 'true' }),
    rule: 'location.flexible',
    key: `${SIDEBAR}.flexible`,
    problem: /got "true"/,
  },
  {
    name: 'a custom object sidebar without objectTypes',
    pkg: withLocation({ support: { custom_object_record_sidebar: 'assets/iframe.html' } }),
    rule: 'location.objectTypes',
    problem: /non-empty array of object type keys/,
  },
  {
    name: 'objectTypes on the ticket sidebar',
    pkg: withSidebar({ url: 'assets/iframe.html', objectTypes: ['car'] }),
    rule: 'location.objectTypes',
    problem: /only allowed on custom_object_record_sidebar/,
  },
];

describe('locations', () => {
  it.each(broken)('refuses $name', (brokenCase) => {
    expectFinding(brokenCase);
  });

  it.each([
    ['an https url', withSidebar({ url: 'https://app.example.com/sidebar' })],
    ['http://localhost (zcli apps:server)', withSidebar({ url: 'http://localhost:4567/iframe.html' })],
    ['a url as a plain string', withSidebar('assets/iframe.html')],
    ['a url with a query', withSidebar({ url: 'assets/iframe.html?mode=sidebar#top' })],
    ['a url built from a setting', withSidebar({ url: '{{setting.base_url}}/sidebar' })],
    ['no url when autoLoad is false', withSidebar({ autoLoad: false })],
    ['the legacy product key "zendesk"', withLocation({ zendesk: { ticket_sidebar: 'assets/iframe.html' } })],
    [
      'several products',
      withLocation({ support: { ticket_sidebar: 'assets/iframe.html' }, sell: { deal_card: 'assets/iframe.html' } }),
    ],
    [
      'a custom object sidebar with objectTypes',
      withLocation({ support: { custom_object_record_sidebar: { url: 'assets/iframe.html', objectTypes: ['car'] } } }),
    ],
  ])('accepts %s', (_name, pkg) => {
    expectValid(pkg);
  });
});

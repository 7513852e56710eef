import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMENT_FIELDS, parseAppSettings, parseDispositions } from './settings';

describe('parseAppSettings', () => {
  it('reads the admin’s settings', () => {
    expect(
      parseAppSettings({
        company_line: '+1 (415) 555-0100',
        default_country: 'de',
        comment_fields: 'duration, direction',
      }),
    ).toEqual({
      companyLine: '+14155550100',
      defaultCountry: 'DE',
      commentFields: ['direction', 'duration'],
      dispositions: [],
      dispositionRequired: false,
      wrapUpComment: true,
      problems: [],
    });
  });

  it('falls back to sensible defaults when nothing is set', () => {
    expect(parseAppSettings({})).toEqual({
      companyLine: null,
      defaultCountry: null,
      commentFields: DEFAULT_COMMENT_FIELDS,
      dispositions: [],
      dispositionRequired: false,
      wrapUpComment: true,
      problems: [],
    });
  });

  it('reports each bad setting and keeps what is usable', () => {
    const settings = parseAppSettings({
      company_line: '555-0100',
      default_country: 'Germany',
      comment_fields: 'direction,colour,duration,mood',
    });
    expect(settings.commentFields).toEqual(['direction', 'duration']);
    expect(settings.problems).toEqual([
      { setting: 'default_country', value: 'GERMANY' },
      { setting: 'company_line', value: '555-0100' },
      { setting: 'comment_fields', unknownNames: ['colour', 'mood'] },
    ]);
  });
});

describe('the wrap-up settings', () => {
  it.each([
    [true, false, true, false],
    ['true', 'false', true, false],
    [' TRUE ', 'False', true, false],
    [false, true, false, true],
  ])('read the checkboxes as booleans or as text: %j, %j', (required, comment, dispositionRequired, wrapUpComment) => {
    expect(parseAppSettings({ disposition_required: required, wrap_up_comment: comment })).toMatchObject({
      dispositionRequired,
      wrapUpComment,
    });
  });

  it('keep the defaults for a checkbox value they cannot read', () => {
    expect(parseAppSettings({ disposition_required: 'yes please', wrap_up_comment: 1 })).toMatchObject({
      dispositionRequired: false,
      wrapUpComment: true,
    });
  });

  it('read the disposition list', () => {
    expect(parseAppSettings({ dispositions: 'Resolved\nSales: Upgrade' }).dispositions).toHaveLength(2);
  });
});

describe('parseDispositions', () => {
  it('makes groups of "Group: Item" lines and leaves out blank lines and repeats', () => {
    expect(
      parseDispositions(
        'Resolved\r\n\n  Sales:   Upgrade  \nSales: Downgrade\nresolved\nSALES: upgrade\n   \nSupport: Bug: login',
      ),
    ).toEqual([
      { group: null, value: 'Resolved', label: 'Resolved' },
      { group: 'Sales', value: 'Sales: Upgrade', label: 'Upgrade' },
      { group: 'Sales', value: 'Sales: Downgrade', label: 'Downgrade' },
      { group: 'Support', value: 'Support: Bug: login', label: 'Bug: login' },
    ]);
  });

  it('keeps a line with nothing on one side of its colon as it is', () => {
    expect(parseDispositions('Callback:\n: later')).toEqual([
      { group: null, value: 'Callback:', label: 'Callback:' },
      { group: null, value: ': later', label: ': later' },
    ]);
  });

  it('gives no list for an empty setting: the disposition is free text', () => {
    expect(parseDispositions('')).toEqual([]);
    expect(parseDispositions(' \n \n')).toEqual([]);
  });
});

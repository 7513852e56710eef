import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMENT_FIELDS, parseAppSettings } from './settings';

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
      problems: [],
    });
  });

  it('falls back to sensible defaults when nothing is set', () => {
    expect(parseAppSettings({})).toEqual({
      companyLine: null,
      defaultCountry: null,
      commentFields: DEFAULT_COMMENT_FIELDS,
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

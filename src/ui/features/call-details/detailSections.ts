import { CALL_FIELD_NAMES, FIELD_GROUPS, READ_ONLY_FIELDS, fieldsOfGroup } from '../../../calls/fields';
import type { FieldGroup } from '../../../calls/fields';
import type { CallRecord } from '../../../calls/schema';

export type DetailSectionId = FieldGroup | 'other' | 'record';

export interface DetailSection {
  id: DetailSectionId;
  fields: { name: string; value: unknown }[];
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

const KNOWN = new Set<string>([...CALL_FIELD_NAMES, ...READ_ONLY_FIELDS]);

/**
 * A record's fields in the groups the agent knows, then the fields Zendesk
 * sent that this app does not know ("other"), then the record's own ids and
 * times. Empty fields are left out unless asked for; empty sections always.
 */
export function detailSections(call: CallRecord, showEmpty: boolean): DetailSection[] {
  const sections: DetailSection[] = [
    ...FIELD_GROUPS.map((group) => ({ id: group, names: fieldsOfGroup(group) })),
    {
      id: 'other' as const,
      names: Object.keys(call)
        .filter((name) => !KNOWN.has(name))
        .sort(),
    },
    { id: 'record' as const, names: [...READ_ONLY_FIELDS] },
  ].map(({ id, names }) => ({
    id,
    fields: names.map((name) => ({ name, value: call[name] })).filter(({ value }) => showEmpty || !isEmpty(value)),
  }));
  return sections.filter((section) => section.fields.length > 0);
}

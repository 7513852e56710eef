import { Accordion } from '@zendeskgarden/react-accordions';
import { SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { FIELD_GROUPS, fieldsOfGroup } from '../../../calls/fields';
import type { CallFieldName, FieldGroup } from '../../../calls/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../layout';
import { CallFieldInput } from './CallFieldInput';
import type { CallFormShape } from './formModel';
import { NotKeptNote } from './NotKeptNote';

interface FieldGroupSection {
  group: FieldGroup;
  fields: CallFieldName[];
}

/** Every group, less the fields a form shows above them. */
export function foldedSections(shownFirst: readonly CallFieldName[]): FieldGroupSection[] {
  return FIELD_GROUPS.map((group) => ({
    group,
    fields: fieldsOfGroup(group).filter((name) => !shownFirst.includes(name)),
  }));
}

function FilledCount({ fields }: { fields: CallFieldName[] }) {
  const { plural } = useI18n();
  const values = useWatch<CallFormShape, `call.${CallFieldName}`[]>({
    name: fields.map((name) => `call.${name}` as const),
  });
  const filled = values.filter((value) => value === true || (typeof value === 'string' && value.trim() !== '')).length;
  return filled === 0 ? null : <SM tag="span"> · {plural('form.filledCount', filled)}</SM>;
}

/**
 * The fields beyond the first ones, folded away by group until wanted. A
 * group holding an error is open, so the error is never hidden.
 */
export function FieldGroups({
  sections,
  notKept = [],
}: {
  sections: readonly FieldGroupSection[];
  /** Fields Zendesk does not keep on this account: a note in their place */
  notKept?: readonly CallFieldName[];
}) {
  const { t } = useI18n();
  const [opened, setOpened] = useState<FieldGroup[]>([]);
  const { errors } = useFormState<CallFormShape>({ name: 'call' });
  const fieldsWithErrors = Object.keys(errors.call ?? {});
  const hasError = (section: FieldGroupSection) => section.fields.some((name) => fieldsWithErrors.includes(name));
  const expanded = sections
    .map((section, index) => (opened.includes(section.group) || hasError(section) ? index : -1))
    .filter((index) => index >= 0);
  // A folded group's inputs are made the first time it opens: the form opens faster, and
  // react-hook-form keeps the values (and validates them) whether an input exists yet or not.
  const [made, setMade] = useState<ReadonlySet<FieldGroup>>(new Set());
  const toMake = sections.filter((section, index) => expanded.includes(index) && !made.has(section.group));
  if (toMake.length > 0) setMade(new Set([...made, ...toMake.map((section) => section.group)]));

  return (
    <Accordion
      level={3}
      isCompact
      isExpandable
      isCollapsible
      expandedSections={expanded}
      onChange={(index: number) => {
        const group = sections[index]?.group;
        if (group === undefined) return;
        setOpened((current) =>
          current.includes(group) ? current.filter((open) => open !== group) : [...current, group],
        );
      }}
    >
      {sections.map(({ group, fields }) => (
        <Accordion.Section key={group}>
          <Accordion.Header>
            <Accordion.Label>
              {t(`groups.${group}`)}
              <FilledCount fields={fields} />
            </Accordion.Label>
          </Accordion.Header>
          <Accordion.Panel>
            {made.has(group) ? (
              <Stack $gap="sm">
                {fields.map((name) =>
                  notKept.includes(name) ? (
                    <NotKeptNote key={name} name={name} />
                  ) : (
                    <CallFieldInput key={name} name={name} />
                  ),
                )}
              </Stack>
            ) : null}
          </Accordion.Panel>
        </Accordion.Section>
      ))}
    </Accordion>
  );
}

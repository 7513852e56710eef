import { Combobox, Field, OptGroup, Option } from '@zendeskgarden/react-dropdowns';
import { useState } from 'react';
import type { Disposition } from '../../../calls/settings';
import { useI18n } from '../../../i18n/I18nProvider';
import type { DispositionFieldProps } from './DispositionField';

function matches(option: Disposition, filter: string): boolean {
  return option.value.toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase());
}

/** Groups in the admin's order: "Group: Item" lines under their group, plain lines on their own. */
function grouped(options: readonly Disposition[]): [string | null, Disposition[]][] {
  const groups = new Map<string | null, Disposition[]>();
  for (const option of options) groups.set(option.group, [...(groups.get(option.group) ?? []), option]);
  return [...groups];
}

/**
 * The admin's dispositions in a filtering combobox (Garden's, its own chunk:
 * about 35 kB gzip with react-dropdowns). A stored value that is not on the
 * list is kept as an option of its own, so opening a call never hides it.
 */
export function DispositionCombobox({ label, value, onChange, options, error, isCompact }: DispositionFieldProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  // Garden reads the chosen option when it mounts: a value set from outside (a draft, "Keep theirs") mounts it anew.
  const [chosen, setChosen] = useState({ value, mount: 0 });
  if (chosen.value !== value) setChosen({ value, mount: chosen.mount + 1 });
  const listed = options.some((option) => option.value === value);
  const all = value === '' || listed ? options : [...options, { group: null, value, label: value }];
  const shown = all.filter((option) => matches(option, filter));
  return (
    <Field>
      <Field.Label>{label}</Field.Label>
      <Combobox
        key={chosen.mount}
        isAutocomplete
        isCompact={isCompact}
        selectionValue={value === '' ? null : value}
        validation={error === null ? undefined : 'error'}
        listboxMaxHeight="200px"
        onChange={({ type, inputValue, selectionValue }) => {
          if (type === 'input:change') setFilter(inputValue ?? '');
          if (selectionValue !== undefined) {
            const next = typeof selectionValue === 'string' ? selectionValue : '';
            // The agent's own choice keeps the combobox (and their focus) as it is.
            setChosen({ value: next, mount: chosen.mount });
            onChange(next);
            setFilter('');
          }
        }}
      >
        {shown.length === 0 ? <Option isDisabled value="" label={t('live.noDisposition')} /> : null}
        {grouped(shown).map(([group, items]) => {
          const rendered = items.map((option) => (
            <Option key={option.value} value={option.value} label={option.label} isSelected={option.value === value} />
          ));
          return group === null ? (
            rendered
          ) : (
            <OptGroup key={group} legend={group}>
              {rendered}
            </OptGroup>
          );
        })}
      </Combobox>
      {error === null ? null : <Field.Message validation="error">{error}</Field.Message>}
    </Field>
  );
}

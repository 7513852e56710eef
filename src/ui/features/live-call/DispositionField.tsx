import { Combobox, Field, OptGroup, Option } from '@zendeskgarden/react-dropdowns';
import { Field as TextField, Input } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import type { Disposition } from '../../../calls/settings';
import { useI18n } from '../../../i18n/I18nProvider';

interface DispositionFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The admin's list; empty: the agent types their own */
  options: readonly Disposition[];
  error: string | null;
}

function matches(option: Disposition, filter: string): boolean {
  return option.value.toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase());
}

/** Groups in the admin's order: "Group: Item" lines under their group, plain lines on their own. */
function grouped(options: readonly Disposition[]): [string | null, Disposition[]][] {
  const groups = new Map<string | null, Disposition[]>();
  for (const option of options) groups.set(option.group, [...(groups.get(option.group) ?? []), option]);
  return [...groups];
}

/** The call's disposition: a filtering combobox over the admin's list, or free text without one. */
export function DispositionField({ value, onChange, options, error }: DispositionFieldProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const label = t('live.disposition');
  const message = error === null ? null : <Field.Message validation="error">{error}</Field.Message>;

  if (options.length === 0) {
    return (
      <TextField>
        <TextField.Label>{label}</TextField.Label>
        <Input
          value={value}
          autoComplete="off"
          validation={error === null ? undefined : 'error'}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        {error === null ? null : <TextField.Message validation="error">{error}</TextField.Message>}
      </TextField>
    );
  }

  const shown = options.filter((option) => matches(option, filter));
  return (
    <Field>
      <Field.Label>{label}</Field.Label>
      <Combobox
        isAutocomplete
        isCompact
        selectionValue={value === '' ? null : value}
        validation={error === null ? undefined : 'error'}
        listboxMaxHeight="200px"
        onChange={({ type, inputValue, selectionValue }) => {
          if (type === 'input:change') setFilter(inputValue ?? '');
          if (selectionValue !== undefined) {
            onChange(typeof selectionValue === 'string' ? selectionValue : '');
            setFilter('');
          }
        }}
      >
        {shown.length === 0 ? <Option isDisabled value="" label={t('live.noDisposition')} /> : null}
        {grouped(shown).map(([group, items]) => {
          const rendered = items.map((option) => (
            <Option key={option.value} value={option.value} label={option.label} />
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
      {message}
    </Field>
  );
}

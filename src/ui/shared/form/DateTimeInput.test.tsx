import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Field } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithSession } from '../../../test/renderWithSession';
import { DateTimeInput } from './DateTimeInput';

/** The input in a field, its value kept as a form keeps it, with a button that sets it from outside ("Now"). */
function Harness({ initial, onValue }: { initial: string; onValue: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <Field>
      <Field.Label>Started</Field.Label>
      <DateTimeInput
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
      />
      <button
        type="button"
        onClick={() => {
          setValue('2024-01-17T20:00');
        }}
      >
        Now
      </button>
    </Field>
  );
}

function setup(locale: string, initial = '2024-01-17T19:29') {
  const values: string[] = [];
  renderWithSession(<Harness initial={initial} onValue={(value) => values.push(value)} />, { locale });
  return { values, user: userEvent.setup(), input: () => screen.getByRole('textbox', { name: 'Started' }) };
}

describe('DateTimeInput', { timeout: 20_000 }, () => {
  it('shows the value in the agent’s locale, as one text field', async () => {
    const { input } = setup('de');
    expect(await screen.findByRole('textbox', { name: 'Started' })).toHaveValue('17.01.2024, 19:29');
    expect(input()).toHaveAttribute('type', 'text');
  });

  it('passes on a wall-clock value as the agent types, without rewriting their text under the cursor', async () => {
    const { input, user, values } = setup('de', '');
    await screen.findByRole('textbox', { name: 'Started' });
    await user.type(input(), '17.1.24 9:5');
    expect(input()).toHaveValue('17.1.24 9:5');
    expect(values.at(-1)).toBe('2024-01-17T09:05');
    await user.tab();
    expect(input()).toHaveValue('17.01.2024, 09:05');
  });

  it('passes on unreadable text as typed, and shows a value set from outside', async () => {
    const { input, user, values } = setup('en-US');
    await screen.findByRole('textbox', { name: 'Started' });
    expect(input()).toHaveValue('01/17/2024, 07:29 PM');
    await user.clear(input());
    await user.type(input(), 'tomorrow');
    expect(values.at(-1)).toBe('tomorrow');
    await user.click(screen.getByRole('button', { name: 'Now' }));
    expect(input()).toHaveValue('01/17/2024, 08:00 PM');
  });
});

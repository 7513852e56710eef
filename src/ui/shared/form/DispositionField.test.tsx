import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { parseDispositions } from '../../../calls/settings';
import { renderWithSession } from '../../../test/renderWithSession';
import { DispositionField } from './DispositionField';

const LIST = parseDispositions('Sales: Upgrade\nSupport: Solved');

/** The field with its value kept outside, and a button that replaces it (a restored draft, "Keep theirs"). */
function Harness({ options }: { options: typeof LIST }) {
  const [value, setValue] = useState('Sales: Upgrade');
  return (
    <>
      <DispositionField label="Disposition" value={value} options={options} error={null} onChange={setValue} />
      <button
        type="button"
        onClick={() => {
          setValue('Support: Solved');
        }}
      >
        Theirs
      </button>
      <output>{value}</output>
    </>
  );
}

describe('DispositionField', { timeout: 20_000 }, () => {
  it('shows a value replaced from outside, in the combobox as in free text', async () => {
    for (const options of [LIST, []]) {
      const { unmount } = renderWithSession(<Harness options={options} />);
      const user = userEvent.setup();
      const input = () => screen.getByLabelText('Disposition', { selector: 'input' });
      await screen.findByLabelText('Disposition', { selector: 'input' }, { timeout: 10_000 });
      await screen.findByText(options.length > 0 ? 'Upgrade' : 'Sales: Upgrade', { selector: 'div, output' });
      await user.click(screen.getByRole('button', { name: 'Theirs' }));
      if (options.length > 0) {
        // The combobox shows the chosen label over its input, and puts it in the input when the agent clicks.
        await user.click(screen.getByText('Solved'));
        expect(input()).toHaveValue('Solved');
      } else expect(input()).toHaveValue('Support: Solved');
      unmount();
    }
  });
});

import { describe, expect, it, vi } from 'vitest';
import { expectOnlyText, hostileRecord } from '../../../test/hostileRecord';
import { HOSTILE_URLS, LONG_PHONE } from '../../../test/hostileStrings';
import { renderWithSession } from '../../../test/renderWithSession';
import { CallCard } from './CallCard';

describe('a card of a hostile call record', () => {
  it.each(HOSTILE_URLS)('shows the card of a record with %s, 10,000-character phones and markup as text', (url) => {
    const { container } = renderWithSession(<CallCard call={hostileRecord(url)} onOpen={vi.fn()} />);
    expectOnlyText(container);
    expect(container.textContent).toContain(LONG_PHONE);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '../../../calls/schema';
import { storedCall } from '../../../test/callFixtures';
import { renderWithSession } from '../../../test/renderWithSession';
import { CallList } from './CallList';
import type { TicketCallsState } from './useTicketCalls';

function ready(calls: CallRecord[]) {
  const state: TicketCallsState = {
    status: 'ready',
    refreshing: false,
    calls,
    unreadable: [],
    pending: [],
    searching: false,
  };
  renderWithSession(<CallList state={state} onReload={vi.fn()} onRetry={vi.fn()} onOpen={vi.fn()} />);
}

describe('CallList', { timeout: 20_000 }, () => {
  it('shows two records of one create as one call, and says Zendesk stored it twice', () => {
    ready([
      storedCall({ id: 12, external_id: 'draft-1', from_line: '+14155550123' }),
      storedCall({ id: 11, external_id: 'draft-1', from_line: '+14155550123' }),
      storedCall({ id: 10, call_started_at: '2024-01-16T09:00:00Z', direction: 'outbound' }),
    ]);
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(screen.getByText('2 calls')).toBeInTheDocument();
    expect(within(cards[0] ?? document.body).getByText('Logged twice; showing one')).toBeInTheDocument();
    expect(within(cards[1] ?? document.body).queryByText(/Logged/)).not.toBeInTheDocument();
  });

  it('says how many times when a create was stored more than twice', () => {
    ready([1, 2, 3].map((id) => storedCall({ id, external_id: 'draft-1' })));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('1 call')).toBeInTheDocument();
    expect(screen.getByText('Logged 3 times; showing one')).toBeInTheDocument();
  });
});

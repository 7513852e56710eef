import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeTransport, json } from '../../../test/fakeTransport';
import type { ApiResponse } from '../../../calls/transport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { USABLE_MARK } from '../../shared/markUsable';
import { CallLogger } from './CallLogger';
import { preloadForms } from './lazyForms';
import type * as LazyForms from './lazyForms';

vi.mock('./lazyForms', async (importOriginal) => {
  const actual = await importOriginal<typeof LazyForms>();
  return { ...actual, preloadForms: vi.fn(() => undefined) };
});

describe('CallLogger', () => {
  it('fetches the forms and marks itself usable only once the ticket’s calls are on screen', async () => {
    let answer: (response: ApiResponse) => void = () => undefined;
    const api = fakeTransport();
    api.on('GET', /^\/api\/v2\/tickets\/42\/comments/, () => new Promise<ApiResponse>((resolve) => (answer = resolve)));
    renderWithSession(<CallLogger />, { session: testSession({}, api) });
    await screen.findByRole('button', { name: 'Log a call' });
    expect(preloadForms).not.toHaveBeenCalled();
    expect(performance.getEntriesByName(USABLE_MARK)).toHaveLength(0);
    act(() => {
      answer(json(200, { comments: [], meta: { has_more: false } }));
    });
    expect(await screen.findByText('No calls logged on this ticket yet.')).toBeInTheDocument();
    // Effects run after the list is painted: a loaded machine may take a moment more.
    await waitFor(() => {
      expect(preloadForms).toHaveBeenCalledTimes(1);
    });
    expect(performance.getEntriesByName(USABLE_MARK)).toHaveLength(1);
    performance.clearMarks(USABLE_MARK);
    // Usable starts the details' preload: let its code arrive before this file's environment is torn down.
    await import('../../features/call-details/CallDetails');
  });
});

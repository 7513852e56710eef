import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithSession } from '../../../test/renderWithSession';
import { LiveClock } from './LiveClock';

const NOW = Date.parse('2024-01-17T18:30:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LiveClock', { timeout: 20_000 }, () => {
  it('ticks once a second from its start, as h:mm:ss', () => {
    renderWithSession(<LiveClock since={NOW - 3_599_000} />);
    expect(screen.getByRole('timer')).toHaveTextContent('0:59:59');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('1:00:00');
  });

  it('is not read out on every tick: no live region', () => {
    renderWithSession(<LiveClock since={NOW} label={(clock) => `On hold ${clock}`} />);
    act(() => {
      vi.advanceTimersByTime(42_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('On hold 0:00:42');
    // The notices' region is the app's; neither the clock nor anything around it is one.
    expect(screen.getByRole('timer').closest('[aria-live]')).toBeNull();
  });
});

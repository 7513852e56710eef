import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeRoot } from '../ThemeRoot';

afterEach(() => {
  vi.doUnmock('./CalloutAlert');
  vi.doUnmock('./NoticeToast');
  vi.resetModules();
});

describe('Callout', () => {
  it('shows its title and words once Garden’s alert has loaded', async () => {
    const { Callout } = await import('./Callout');
    render(
      <ThemeRoot scheme="light">
        <Callout type="error" role="alert" title="Could not save">
          Try again in a moment.
        </Callout>
      </ThemeRoot>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not save');
    expect(alert).toHaveTextContent('Try again in a moment.');
  });

  it('still shows the same words when the network keeps Garden’s alert from loading', async () => {
    vi.doMock('./CalloutAlert', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { Callout } = await import('./Callout');
    render(
      <ThemeRoot scheme="light">
        <Callout
          type="warning"
          role="group"
          label="This call could not be loaded"
          title="This call could not be loaded"
        >
          Call ID 702
        </Callout>
      </ThemeRoot>,
    );
    const group = await screen.findByRole('group', { name: 'This call could not be loaded' });
    expect(group).toHaveTextContent('Call ID 702');
  });

  it('keeps a notice dismissable when Garden’s notification cannot load', async () => {
    vi.doMock('./NoticeToast', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { LazyNoticeToast } = await import('./LazyNoticeToast');
    const onDismiss = vi.fn();
    render(
      <ThemeRoot scheme="light">
        <LazyNoticeToast
          notice={{ id: 1, type: 'error', text: 'Not saved' }}
          dismissLabel="Dismiss"
          onDismiss={onDismiss}
        />
      </ThemeRoot>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved');
    screen.getByRole('button', { name: 'Dismiss' }).click();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

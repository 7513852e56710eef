import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { ThemeRoot } from '../shared/ThemeRoot';
import { LocationCrashed } from './LocationCrashed';

function Broken(): never {
  throw new Error('a record shaped like nothing the app knows');
}

describe('a location whose code throws while rendering', () => {
  it('shows a clear message and a reload button instead of a blank frame', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ThemeRoot scheme="light">
        <I18nProvider locale="en-US" timeZone="UTC">
          <ErrorBoundary fallback={<LocationCrashed />}>
            <Broken />
          </ErrorBoundary>
        </I18nProvider>
      </ThemeRoot>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Call Logger stopped working here');
    expect(screen.getByRole('button', { name: 'Reload the app' })).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});

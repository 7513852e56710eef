import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { storedCall } from '../../../test/callFixtures';
import { expectOnlyText, hostileRecord } from '../../../test/hostileRecord';
import { HOSTILE_TEXTS, HOSTILE_URLS, LONG_PHONE, megabyteTranscript } from '../../../test/hostileStrings';
import { renderWithSession } from '../../../test/renderWithSession';
import { CallDetails } from './CallDetails';

describe('hostile values in a call record', () => {
  it.each(HOSTILE_URLS)('shows every field as text and %s as no link, in the details', (url) => {
    const { container } = renderWithSession(
      <CallDetails call={hostileRecord(url)} onBack={vi.fn()} onUpdate={vi.fn()} />,
    );
    expectOnlyText(container);
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(screen.getAllByText(url, { normalizer: (text) => text })).not.toHaveLength(0);
    expect(container.textContent).toContain(LONG_PHONE);
    expect(container.textContent).toContain(HOSTILE_TEXTS.imgOnError);
  });

  it('links a web address, and only that', () => {
    const { container } = renderWithSession(
      <CallDetails call={hostileRecord('https://recordings.example.com/1.mp3')} onBack={vi.fn()} onUpdate={vi.fn()} />,
    );
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://recordings.example.com/1.mp3',
    ]);
  });

  it('folds a 1 MB transcript, and shows all of it in a scrolling box with "Show less" above it', async () => {
    const transcript = megabyteTranscript();
    expect(transcript).toHaveLength(1_048_576);
    const { container } = renderWithSession(
      <CallDetails call={storedCall({ id: 9002, transcript })} onBack={vi.fn()} onUpdate={vi.fn()} />,
    );
    expect(container.textContent.length).toBeLessThan(10_000);
    await userEvent.click(screen.getByRole('button', { name: 'Show the whole transcript' }));
    const box = screen.getByRole('region', { name: 'The whole text' });
    expect(box.textContent).toBe(transcript);
    expect(getComputedStyle(box).overflow).toBe('auto');
    expect(getComputedStyle(box).maxHeight).toBe('320px');
    const showLess = screen.getByRole('button', { name: 'Show less' });
    expect(showLess.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expectOnlyText(container);
  });
});

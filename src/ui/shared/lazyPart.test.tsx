import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyPart } from './lazyPart';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyPart', () => {
  it('shows nothing until its code is here, then the part with its props', async () => {
    let arrive: (part: typeof Greeting) => void = () => undefined;
    const Part = lazyPart(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const { container } = render(<Part name="Olivia" />);
    expect(container).toBeEmptyDOMElement();
    arrive(Greeting);
    expect(await screen.findByText('Hello Olivia')).toBeInTheDocument();
  });

  it('hands a chunk that cannot load to the error boundary', async () => {
    const Part = lazyPart<{ name: string }>(() => Promise.reject(new Error('offline')));
    render(
      <ErrorBoundary fallback={<p>could not load</p>}>
        <Part name="Olivia" />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('could not load')).toBeInTheDocument();
  });
});

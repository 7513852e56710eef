import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import styled from 'styled-components';

const Heading = styled.h2`
  margin: 0;
  font-size: inherit;

  &:focus {
    outline: none;
  }
`;

/**
 * The heading of a view, focused when the view opens: keyboard and screen
 * reader users land on what changed, and the host scrolls the sidebar to it.
 */
export function ViewHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Heading ref={ref} tabIndex={-1}>
      {children}
    </Heading>
  );
}

import { Callout } from './notices/Callout';

/** A whole-app message in place of the app: why it cannot show what it is for, and what to do. */
export function Notice({ title, body, type }: { title: string; body: string; type: 'warning' | 'error' | 'info' }) {
  return (
    <Callout type={type} title={title}>
      {body}
    </Callout>
  );
}

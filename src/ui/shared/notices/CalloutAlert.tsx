import { Alert } from '@zendeskgarden/react-notifications';
import type { CalloutProps } from './Callout';

/** Garden's alert behind Callout: its own chunk, fetched only when something goes wrong. */
export function CalloutAlert({ type, title, role, label, children }: CalloutProps) {
  return (
    <Alert type={type} role={role} aria-label={label}>
      {title === undefined ? null : <Alert.Title>{title}</Alert.Title>}
      {children}
    </Alert>
  );
}

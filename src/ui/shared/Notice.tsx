import { Alert } from '@zendeskgarden/react-notifications';

/** A whole-app message in place of the app: why it cannot show what it is for, and what to do. */
export function Notice({ title, body, type }: { title: string; body: string; type: 'warning' | 'error' | 'info' }) {
  return (
    <Alert type={type}>
      <Alert.Title>{title}</Alert.Title>
      {body}
    </Alert>
  );
}

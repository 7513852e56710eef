// The bench's floor: the least a Garden app in a Zendesk frame must load. React,
// Garden's theme, one input and one button, and the ZAF client; "usable" once
// Zendesk has registered the app and the page shows the input.

import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The one mark the bench reads, in the app and here. */
const USABLE_MARK = 'call-logger:usable';

interface FloorClient {
  on(name: string, handler: () => void): void;
}

const sdk = (window as { ZAFClient?: { init(): FloorClient | false } }).ZAFClient;
const client = sdk?.init() ?? false;
// Subscribed at once, as the app does: the host may answer before React's first render.
const registration = new Promise<void>((resolve) => {
  if (client !== false) client.on('app.registered', resolve);
});

function Floor() {
  const [registered, setRegistered] = useState(false);
  useEffect(() => {
    void registration.then(() => {
      setRegistered(true);
    });
  }, []);
  useEffect(() => {
    if (registered) performance.mark(USABLE_MARK);
  }, [registered]);
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <Field>
        <Field.Label>Phone number</Field.Label>
        <Input disabled={!registered} />
      </Field>
      <Button isPrimary>Log call</Button>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root !== null)
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );

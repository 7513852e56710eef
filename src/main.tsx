import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App';
import { initZafClient } from './zaf/client';

// The SDK's client is made once per page, outside React, so re-renders never make a second one.
const client = initZafClient();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}

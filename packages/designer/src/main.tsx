import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/createApiClient.js';
import { initialLocale } from './i18n/initialLocale.js';
import { createDraftStorage } from './persistence/draftStorage.js';
import { App } from './ui/app/App.js';
import './ui/designer.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App
        api={createApiClient((input, init) => fetch(input, init))}
        drafts={createDraftStorage(window.localStorage)}
        initialLocale={initialLocale(window.location.search, navigator.languages)}
      />
    </StrictMode>,
  );
}

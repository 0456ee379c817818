import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { compileForm } from '../engine/index.js';
import { createWebDraftStorage } from '../react/index.js';
import '../react/styles/formwork.css';
import { ApiClient } from './api/ApiClient.js';
import { FormworkApi } from './api/FormworkApi.js';
import { App } from './App.js';
import { initialLocale, localeStorageKey } from './i18n/initialLocale.js';
import './styles/app.css';

// The browser's pieces, wired once: fetch, localStorage, the clock, the engine's compiler.
const storedLocale = (() => {
  try {
    return localStorage.getItem(localeStorageKey);
  } catch {
    return null;
  }
})();
const locale = initialLocale(location.search, storedLocale, navigator.language);
const api = new FormworkApi(new ApiClient({ locale }));
const draftStorage = createWebDraftStorage(localStorage);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App
        api={api}
        compile={(schema, cacheKey) => compileForm(schema, { cacheKey })}
        draftStorage={draftStorage}
        now={Date.now}
        initialLocale={locale}
        onLocaleChange={(next) => {
          try {
            localStorage.setItem(localeStorageKey, next);
          } catch {
            // Private mode: the choice lasts for this visit only.
          }
        }}
      />
    </StrictMode>,
  );
}

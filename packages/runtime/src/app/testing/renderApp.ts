import { cleanup, render, type RenderResult } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach } from 'vitest';
import type { CompiledForm, FormSchema, Locale } from '../../engine/index.js';
import type { DraftStorage, StoredDraft } from '../../react/index.js';
import { createFakeForm } from '../../react/testing/createFakeForm.js';
import { ApiClient } from '../api/ApiClient.js';
import { FormworkApi } from '../api/FormworkApi.js';
import { App } from '../App.js';
import type { FakeServer } from './fakeServer.js';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

/** Drafts in memory, for page tests. */
export function memoryDrafts(): DraftStorage & { readonly drafts: Map<string, StoredDraft> } {
  const drafts = new Map<string, StoredDraft>();
  return { drafts, load: (k) => drafts.get(k) ?? null, save: (k, d) => void drafts.set(k, d), remove: (k) => void drafts.delete(k) };
}

/**
 * Renders the whole app at `path` against a fake server. Forms compile with the renderer's
 * stand-in (no rules), which is what page wiring tests need.
 */
export interface RenderedApp extends RenderResult {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly api: FormworkApi;
}

export function renderApp(
  server: FakeServer,
  path: string,
  // `compile`: the real engine's compileForm where a test needs rules (visibility, formulas) to run.
  options: { readonly locale?: Locale; readonly drafts?: DraftStorage; readonly compile?: (schema: FormSchema, cacheKey: string) => CompiledForm } = {},
): RenderedApp {
  window.history.replaceState(null, '', path);
  const locale = options.locale ?? 'en';
  const api = new FormworkApi(new ApiClient({ fetch: server.fetch, locale }));
  const user = userEvent.setup();
  // createElement, not JSX: tsconfig.test.json checks `testing/**/*.ts` only.
  const result = render(
    createElement(App, {
      api,
      compile: options.compile ?? ((schema) => createFakeForm(schema)),
      draftStorage: options.drafts ?? memoryDrafts(),
      now: () => Date.UTC(2024, 4, 6),
      initialLocale: locale,
    }),
  );
  return { ...result, user, api };
}

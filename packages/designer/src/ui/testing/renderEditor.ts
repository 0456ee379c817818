import type { FormSchema, Locale } from '@formwork/runtime';
import { render, type RenderResult } from '@testing-library/react';
import { createElement } from 'react';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import type { DesignerStore } from '../../store/createDesignerStore.js';
import { createTestStore } from '../../store/testing/createTestStore.js';
import { FormEditor } from '../editor/FormEditor.js';
import { OrgDirectoryContext, type OrgDirectory } from '../editor/OrgDirectoryContext.js';

/**
 * Renders the form editor on a test store (ids `f_1`, `f_2`, …) in the given language, with the
 * organisation's users and departments when given.
 */
export function renderEditor(options: { locale?: Locale; initial?: FormSchema; directory?: OrgDirectory } = {}): RenderResult & { store: DesignerStore } {
  const locale = options.locale ?? 'en';
  const store = createTestStore({ locale, ...(options.initial ? { initial: options.initial } : {}) });
  const editor = createElement(FormEditor, { store });
  const withDirectory = options.directory ? createElement(OrgDirectoryContext.Provider, { value: options.directory }, editor) : editor;
  const result = render(createElement(LocaleContext.Provider, { value: localeTools(locale) }, withDirectory));
  return { ...result, store };
}

import { cleanup, render, type RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import { createElement } from 'react';
import { userEvent } from '@testing-library/user-event';
import type { FieldDefinition, FieldError, FormSession, Locale, RecordData } from '../../engine/index.js';
import { FormRenderer, type FormRendererOptions } from '../FormRenderer.js';
import type { FormServices } from '../FormServices.js';
import { createFakeForm, type FakeFormOptions } from './createFakeForm.js';
import { formSchema } from './formSchema.js';

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

export interface RenderedFields extends RenderResult {
  readonly session: FormSession;
  readonly user: ReturnType<typeof userEvent.setup>;
}

/**
 * Renders fields in a FormRenderer over the fake session, for control tests: the test drives the
 * DOM with `user` and reads what the control stored with `session.getValue`.
 */
export function renderFields(
  fields: readonly FieldDefinition[],
  options: FakeFormOptions & {
    readonly initial?: RecordData;
    readonly services?: FormServices;
    readonly locale?: Locale;
    readonly props?: Partial<FormRendererOptions>;
  } = {},
): RenderedFields {
  let session: FormSession | undefined;
  const user = userEvent.setup();
  const result = render(
    // createElement, not JSX: tsconfig.test.json checks `testing/**/*.ts` only.
    createElement(FormRenderer, {
      compiled: createFakeForm(formSchema(fields), options),
      initialValues: options.initial ?? {},
      context: { now: () => 0, locale: options.locale ?? 'en' },
      services: options.services ?? {},
      onSession: (s: FormSession) => (session = s),
      ...options.props,
    }),
  );
  if (!session) throw new Error('the renderer did not hand out its session');
  return { ...result, session, user };
}

/** A FieldError as the engine would report it, for fake validations. */
export function fieldError(pointer: string, message: string, code = 'rule'): FieldError {
  return { fieldId: pointer.split('/').pop() ?? '', pointer, code, message };
}

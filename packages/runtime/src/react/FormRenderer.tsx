import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { compileForm, type CompiledForm, type EvaluationContext, type FormSchema, type FormSession, type RecordData } from '../engine/index.js';
import { DraftNotice } from './drafts/DraftNotice.js';
import type { DraftStorage, StoredDraft } from './drafts/DraftStorage.js';
import { fieldControls, type FieldControlRegistry } from './fields/fieldControls.js';
import type { FormServices } from './FormServices.js';
import { localizeUserText } from './i18n/localizeUserText.js';
import { FieldNode } from './layout/FieldNode.js';
import { FormFooter } from './layout/FormFooter.js';
import { FeedbackStore } from './session/FeedbackStore.js';
import { RendererContext, type RendererContextValue } from './session/RendererContext.js';
import { createIdempotencyKey } from './submit/createIdempotencyKey.js';
import type { SubmitHandler, SubmitOutcome } from './submit/SubmitOutcome.js';
import { useDraftAutosave } from './drafts/useDraftAutosave.js';
import { useFormSubmit } from './submit/useFormSubmit.js';

/** The form to draw: a schema (compiled here, cached by the engine) or an already compiled form. */
export type FormSource = { readonly compiled: CompiledForm; readonly schema?: never } | { readonly schema: FormSchema; readonly compiled?: never };

export type FormRendererProps = FormSource & FormRendererOptions;

export interface FormRendererOptions {
  /** Values to start from (an existing record being edited, or prefilled values). */
  readonly initialValues?: RecordData;
  /** Who fills the form and when (formulas' `today`, `currentUser` defaults) and the language. */
  readonly context: EvaluationContext;
  readonly services?: FormServices;
  /** Called once per submit attempt with valid values and an idempotency key. */
  readonly onSubmit?: SubmitHandler;
  /** Called after a submit was accepted (the draft is already gone). */
  readonly onSubmitted?: (outcome: Extract<SubmitOutcome, { kind: 'accepted' }>, values: RecordData) => void;
  /** Keeps unsent values on the device, restored on reopen, dropped once the submit is accepted. */
  readonly draft?: { readonly storage: DraftStorage; readonly key: string };
  /** Replaces built-in controls by field type (custom widgets, instrumentation in tests). */
  readonly controls?: Partial<FieldControlRegistry>;
  /** Shows values without letting them be changed (record detail). */
  readonly readOnly?: boolean;
  /** Text of the submit button; default the form's `settings.submitText`, else "Submit". */
  readonly submitLabel?: string;
  /**
   * The host's own content after the fields, just before the submit button (e.g. the reason for
   * an edit). It is not part of the form's values: the host reads it in `onSubmit`.
   */
  readonly beforeSubmit?: ReactNode;
  /** Hands the live session to the host (e.g. to read values for an edit's PATCH). */
  readonly onSession?: (session: FormSession) => void;
}

/**
 * Renders a form for filling in: every field type, live rules from the engine, errors beside the
 * fields, a local draft, and a submit that reaches the server once. Each field subscribes to its
 * own pointer of the engine's FormSession, so a keystroke re-renders only what it changes.
 * Give it a new `key` to start over with another form or record.
 *
 * @example
 * <FormRenderer schema={schema} context={{ now: Date.now, locale: 'en' }}
 *   onSubmit={(values, { idempotencyKey }) => api.submit(formId, values, idempotencyKey)} />
 */
export function FormRenderer(props: FormRendererProps) {
  const compiled = props.compiled ?? compileForm(props.schema);
  const { context, services, draft, controls, readOnly = false, onSession } = props;
  const idPrefix = `fw${useId().replace(/[^A-Za-z0-9_]/g, '')}-`;
  const [restored] = useState<StoredDraft | null>(() => (draft && !readOnly ? draft.storage.load(draft.key) : null));
  const [generation, setGeneration] = useState(0);
  // A session (and its error display state) lives as long as the form is on screen; discarding a
  // draft starts a new one. Later changes to `initialValues` or `context` need a new `key`.
  const { session, feedback } = useMemo(
    () => ({
      session: compiled.createSession(generation === 0 && restored ? restored.values : (props.initialValues ?? {}), context, {
        newRowId: createIdempotencyKey,
      }),
      feedback: new FeedbackStore(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [compiled, generation],
  );
  useEffect(() => {
    onSession?.(session);
  }, [onSession, session]);
  const columns = compiled.schema.layout?.columns ?? 1;
  const value = useMemo<RendererContextValue>(
    () => ({
      session,
      schema: compiled.schema,
      services: services ?? {},
      locale: context.locale,
      idPrefix,
      controls: controls ? { ...fieldControls, ...controls } : fieldControls,
      feedback,
      readOnly,
      columns,
    }),
    // Services and controls are read once: a new object on each parent render must not
    // re-render every field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, compiled, context.locale, idPrefix, feedback, readOnly, columns],
  );
  const autosave = useDraftAutosave(session, readOnly ? undefined : draft, context.now);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useFormSubmit({ session, feedback, formRef, autosave, onSubmit: props.onSubmit, onSubmitted: props.onSubmitted });
  const [draftNoticeShown, setDraftNoticeShown] = useState(restored !== null);
  const schema = compiled.schema;

  return (
    <RendererContext.Provider value={value}>
      <form
        ref={formRef}
        className={`fw-form${schema.layout?.labelPlacement === 'left' ? ' fw-form--labels-left' : ''}`}
        lang={context.locale}
        noValidate
        aria-busy={submit.status === 'submitting' || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          if (!readOnly) submit.submit();
        }}
      >
        {draftNoticeShown && generation === 0 && (
          <DraftNotice
            locale={context.locale}
            onDiscard={() => {
              autosave.discard();
              setDraftNoticeShown(false);
              setGeneration((g) => g + 1);
            }}
          />
        )}
        <div className="fw-grid" style={{ '--fw-columns': columns } as CSSProperties} key={generation}>
          {schema.fields.map((field) => (
            <FieldNode key={field.id} field={field} pointer={`/${field.id}`} columns={columns} />
          ))}
        </div>
        {!readOnly && props.onSubmit && props.beforeSubmit}
        {!readOnly && props.onSubmit && (
          <FormFooter
            locale={context.locale}
            submit={submit}
            submitLabel={props.submitLabel ?? localizeUserText(schema.settings?.submitText, context.locale)}
          />
        )}
      </form>
    </RendererContext.Provider>
  );
}

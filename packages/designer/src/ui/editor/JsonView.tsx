import type { FormSchema } from '@formwork/runtime';
import { useState } from 'react';
import { persistenceMessages as m } from '../../i18n/persistenceMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { tryParseFormSchema } from '../../persistence/tryParseFormSchema.js';
import { useFieldId } from '../properties/useFieldId.js';
import { useDesignerStore } from './DesignerStoreContext.js';
import { Dialog } from './Dialog.js';
import { jsonSyntaxPlace } from './jsonSyntaxPlace.js';

/**
 * The FormSchema as JSON, editable and re-imported as one undo step. Invalid JSON is refused with
 * its line and column; a document the engine refuses, with the JSON pointer of every fault.
 */
export function JsonView({ onClose }: { readonly onClose: () => void }) {
  const { t } = useLocale();
  const store = useDesignerStore();
  const id = useFieldId();
  const [text, setText] = useState(() => JSON.stringify(store.getState().schema, null, 2));
  const [problems, setProblems] = useState<readonly string[]>([]);
  const importText = (): void => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const place = jsonSyntaxPlace(text);
      const message = error instanceof Error ? error.message : String(error);
      return setProblems([place ? t(m.jsonSyntax, { ...place, message }) : t(m.jsonSyntaxNoPlace, { message })]);
    }
    const parsed = tryParseFormSchema(value);
    if (parsed && !parsed.ok) return setProblems(parsed.errors.map((issue) => t(m.jsonIssue, { pointer: issue.pointer || '/', message: t(issue.message) })));
    // Without the engine's full check here (see tryParseFormSchema) only a form's outline is
    // required; the server checks the rest on save.
    if (!parsed && !looksLikeForm(value)) return setProblems([t(m.jsonIssue, { pointer: '/', message: t(m.jsonNotForm) })]);
    const result = store.getState().replaceSchema(parsed ? parsed.value : (value as FormSchema));
    if (!result.ok) return setProblems([t(result.reason)]);
    setProblems([]);
    onClose();
  };
  return (
    <Dialog title={t(m.jsonTitle)} onClose={onClose} wide>
      <label htmlFor={id}>{t(m.jsonText)}</label>
      <textarea
        id={id}
        className="fw-json"
        rows={24}
        spellCheck={false}
        value={text}
        aria-invalid={problems.length > 0}
        onChange={(event) => setText(event.target.value)}
      />
      {problems.length > 0 ? (
        <ul role="alert" className="fw-problems">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="fw-btn-primary" onClick={importText}>
        {t(m.jsonImport)}
      </button>
    </Dialog>
  );
}

function looksLikeForm(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const form = value as { kind?: unknown; title?: unknown; fields?: unknown };
  const fieldLike = (field: unknown): boolean => {
    if (typeof field !== 'object' || field === null) return false;
    const f = field as { id?: unknown; type?: unknown; label?: unknown; fields?: unknown };
    const children = f.type === 'section' || f.type === 'subform' ? Array.isArray(f.fields) && f.fields.every(fieldLike) : true;
    return typeof f.id === 'string' && typeof f.type === 'string' && typeof f.label === 'string' && children;
  };
  return form.kind === 'form' && typeof form.title === 'string' && Array.isArray(form.fields) && form.fields.every(fieldLike);
}

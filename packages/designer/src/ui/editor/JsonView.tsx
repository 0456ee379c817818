import { parseFormSchema } from '@formwork/runtime';
import { useState } from 'react';
import { persistenceMessages as m } from '../../i18n/persistenceMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
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
    const parsed = parseFormSchema(value);
    if (!parsed.ok) return setProblems(parsed.errors.map((issue) => t(m.jsonIssue, { pointer: issue.pointer || '/', message: t(issue.message) })));
    const result = store.getState().replaceSchema(parsed.value);
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

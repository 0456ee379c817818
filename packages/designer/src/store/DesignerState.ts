import type { DefaultValue, FieldType, FormSchema, Locale, LocalizedText, RuleLogic, ValidationRule } from '@formwork/runtime';
import type { CommandResult } from './CommandResult.js';
import type { FormMetaPatch } from './commands/setFormMeta.js';
import type { ValidationPatch } from './commands/updateValidation.js';
import type { DropTarget } from './DropTarget.js';
import type { FieldPatch } from './FieldPatch.js';

/** One undoable state: the document and what was selected with it. */
export interface HistoryEntry {
  readonly schema: FormSchema;
  readonly selectedId: string | null;
}

/** The designer's data. Only the commands below change it. */
export interface DesignerData {
  readonly schema: FormSchema;
  readonly selectedId: string | null;
  readonly history: { readonly past: readonly HistoryEntry[]; readonly future: readonly HistoryEntry[] };
  /** Why the last command was refused; cleared by the next command that succeeds. */
  readonly lastError: LocalizedText | null;
  readonly locale: Locale;
  /** The document as last loaded or saved: there are unsaved changes while `schema !== savedSchema`. */
  readonly savedSchema: FormSchema;
}

/**
 * The named commands. Each document-changing command is one undo step; a command that would
 * leave a rule cycle or a reference to a missing field is refused and changes nothing.
 */
export interface DesignerCommands {
  addField(type: FieldType, target?: DropTarget): CommandResult;
  moveField(id: string, target: DropTarget): CommandResult;
  updateField(id: string, patch: FieldPatch): CommandResult;
  duplicateField(id: string): CommandResult;
  removeField(id: string): CommandResult;
  /** Not an undo step: selection is not part of the document. */
  selectField(id: string | null): CommandResult;
  setFormMeta(patch: FormMetaPatch): CommandResult;
  setVisibility(id: string, rule: RuleLogic | null): CommandResult;
  setFormula(id: string, rule: RuleLogic): CommandResult;
  setDefaultValue(id: string, value: DefaultValue | null): CommandResult;
  addValidation(rule: Omit<ValidationRule, 'id'>): CommandResult;
  updateValidation(id: string, patch: ValidationPatch): CommandResult;
  removeValidation(id: string): CommandResult;
  /** Replaces the document (from the JSON view, after `parseFormSchema`); one undo step. */
  replaceSchema(schema: FormSchema): CommandResult;
  /** Makes published version `version` (its schema as the server sent it) the document; one undo step. */
  restoreVersion(version: number, schema: unknown): CommandResult;
  undo(): CommandResult;
  redo(): CommandResult;
  /** Starts over on a document (opened from the server or restored): empties the history. */
  load(schema: FormSchema, options?: { readonly savedSchema?: FormSchema }): void;
  /** Records that `schema` (default: the current one) is what the server now holds. */
  markSaved(schema?: FormSchema): void;
  setLocale(locale: Locale): void;
  clearError(): void;
}

export type DesignerState = DesignerData & DesignerCommands;

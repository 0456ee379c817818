import { createContext, useContext } from 'react';

/** A form of the same app that a linked-record field may point at, with its fields. */
export interface LinkableForm {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly { readonly id: string; readonly label: string }[];
}

export const LinkableFormsContext = createContext<readonly LinkableForm[]>([]);

/** The forms a linked-record field may point at (empty when not known: ids are typed then). */
export function useLinkableForms(): readonly LinkableForm[] {
  return useContext(LinkableFormsContext);
}

import type { FieldDefinition } from '@formwork/runtime';

type PatchOf<F> = { readonly [K in Exclude<keyof F, 'id' | 'type'>]?: F[K] | undefined };

/**
 * A change to some settings of a field. A key set to `undefined` removes that setting. A field's
 * `id` and `type` never change: records are keyed by the id.
 */
export type FieldPatch = FieldDefinition extends infer F ? (F extends FieldDefinition ? PatchOf<F> : never) : never;

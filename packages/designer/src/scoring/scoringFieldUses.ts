import type { FieldType } from '@formwork/runtime';

/** What a field can be in a KPI source: whose record it is, when, a figure to add up, or a period/grade text. */
export type ScoringFieldUse = 'person' | 'date' | 'measure' | 'text';

/**
 * The uses each field type offers the scoring pickers: the person field is a single member (the
 * server groups by it), the date field a date, the aggregated field a number, and a manual grade
 * or a period name a text or a choice. A new field type fails to compile here until it is placed.
 */
export const scoringFieldUses = {
  text: ['text'],
  textarea: [],
  number: ['measure'],
  money: ['measure'],
  date: ['date'],
  datetime: ['date'],
  radio: ['text'],
  checkbox: [],
  select: ['text'],
  multiselect: [],
  rating: ['measure'],
  phone: [],
  email: [],
  url: [],
  address: [],
  location: [],
  image: [],
  attachment: [],
  signature: [],
  richtext: [],
  subform: [],
  link: [],
  lookup: [],
  serial: [],
  formula: ['measure'],
  member: ['person'],
  members: [],
  department: [],
  departments: [],
  section: [],
  description: [],
} as const satisfies Record<FieldType, readonly ScoringFieldUse[]>;

import type { FormSchema } from '@formwork/runtime';

/** An expense-claim form with a receipt image (tiny size limit) and attachments (PDF or text). */
export const claimForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Expense claims',
  fields: [
    { id: 'f_title', type: 'text', label: 'Title' },
    { id: 'f_receipt', type: 'image', label: 'Receipt', maxSizeMB: 0.001 },
    { id: 'f_docs', type: 'attachment', label: 'Documents', accept: ['.pdf', '.txt'] },
  ],
};

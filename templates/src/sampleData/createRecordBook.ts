import type { SampleRecord } from './SampleData.js';

/** Collects records per form key and hands out their ids. */
export interface RecordBook {
  /** `awaitingApproval`: see `SampleRecord.awaitingApproval`. */
  add(formKey: string, createdBy: string, createdAt: number, data: Record<string, unknown>, awaitingApproval?: boolean): string;
  list(formKey: string): readonly SampleRecord[];
  /** Every form key's records, in the order of `formKeys`. */
  toRecords(formKeys: readonly string[]): Readonly<Record<string, readonly SampleRecord[]>>;
}

/**
 * @example
 * const book = createRecordBook('crm');
 * book.add('customers', 'u_rep01', now, { f_customer_name: '…' }) // 'crm_customers_1'
 */
export function createRecordBook(prefix: string): RecordBook {
  const byForm = new Map<string, SampleRecord[]>();
  return {
    add(formKey, createdBy, createdAt, data, awaitingApproval = false) {
      let records = byForm.get(formKey);
      if (records === undefined) {
        records = [];
        byForm.set(formKey, records);
      }
      const id = `${prefix}_${formKey}_${records.length + 1}`;
      records.push(awaitingApproval ? { id, createdBy, createdAt, data, awaitingApproval: true } : { id, createdBy, createdAt, data });
      return id;
    },
    list: (formKey) => byForm.get(formKey) ?? [],
    toRecords: (formKeys) => Object.fromEntries(formKeys.map((key) => [key, byForm.get(key) ?? []])),
  };
}

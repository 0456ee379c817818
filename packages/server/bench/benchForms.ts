import type { FieldDefinition, FormSchema } from '@formwork/runtime';

const options = (...labels: string[]) => labels.map((label, index) => ({ value: `o${index}`, label }));

/** A 20-field form like a real sales order: texts, numbers, money, dates, choices, contacts. */
export const twentyFieldForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Bench orders',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer', required: true },
    { id: 'f_contact', type: 'text', label: 'Contact' },
    { id: 'f_phone', type: 'phone', label: 'Phone' },
    { id: 'f_email', type: 'email', label: 'Email' },
    { id: 'f_city', type: 'text', label: 'City' },
    { id: 'f_address', type: 'text', label: 'Street' },
    { id: 'f_product', type: 'select', label: 'Product', options: options('Basic', 'Pro', 'Enterprise') },
    { id: 'f_stage', type: 'radio', label: 'Stage', options: options('Lead', 'Quote', 'Won', 'Lost') },
    { id: 'f_tags', type: 'checkbox', label: 'Tags', options: options('VIP', 'New', 'Renewal') },
    { id: 'f_qty', type: 'number', label: 'Quantity', min: 0 },
    { id: 'f_price', type: 'money', label: 'Unit price' },
    { id: 'f_discount', type: 'number', label: 'Discount %', min: 0, max: 100 },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_cost', type: 'money', label: 'Cost' },
    { id: 'f_signed', type: 'date', label: 'Signed on' },
    { id: 'f_due', type: 'date', label: 'Due on' },
    { id: 'f_called', type: 'datetime', label: 'Last call' },
    { id: 'f_rating', type: 'rating', label: 'Rating', max: 5 },
    { id: 'f_notes', type: 'textarea', label: 'Notes' },
    { id: 'f_ref', type: 'text', label: 'Reference' },
  ] satisfies FieldDefinition[],
};

/** The CSV header of the 20-field form: its labels. */
export function benchCsvHeader(): string[] {
  return twentyFieldForm.fields.map((field) => field.label);
}

/** Row `index` of the import file, as a spreadsheet would hold it (option labels, local dates). */
export function benchCsvRow(index: number): string[] {
  const pick = <T>(list: readonly T[]) => list[index % list.length] as T;
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return [
    `Customer ${index}`,
    `Contact ${index % 997}`,
    `138${String(index).padStart(8, '0')}`,
    `buyer${index}@example.com`,
    pick(['Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou']),
    `${index % 500} Nanjing Road`,
    pick(['Basic', 'Pro', 'Enterprise']),
    pick(['Lead', 'Quote', 'Won', 'Lost']),
    pick(['VIP', 'New', 'VIP, Renewal', '']),
    String(index % 50),
    String(100 + (index % 900)),
    String(index % 30),
    String((index * 13) % 100_000),
    String((index * 7) % 50_000),
    `2024-${month}-${day}`,
    `2025-${month}-${day}`,
    `2024-${month}-${day} 10:30`,
    String((index % 5) + 1),
    index % 3 === 0 ? `Follow up, "priority" ${index}\nsecond line` : '',
    `REF-${index}`,
  ];
}

/** The aggregate bench's form: what a sales dashboard sums. */
export const salesForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Bench sales',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer' },
    { id: 'f_region', type: 'select', label: 'Region', options: options('East', 'West', 'North', 'South') },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_signed', type: 'date', label: 'Signed on' },
    { id: 'f_qty', type: 'number', label: 'Quantity' },
  ],
};

/** The small line icons of a subform row's buttons (the buttons carry the accessible names). */
const paths = {
  up: 'M8 13V3M3.5 7.5 8 3l4.5 4.5',
  down: 'M8 3v10M3.5 8.5 8 13l4.5-4.5',
  copy: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  delete: 'M3.5 4.5h9M6.5 4.5v-1.5h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5',
} as const;

export function RowIcon({ name }: { readonly name: keyof typeof paths }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}

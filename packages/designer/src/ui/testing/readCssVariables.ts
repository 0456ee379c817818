/**
 * The custom properties a stylesheet's `:root` rules declare, by name without the leading `--`.
 * A later declaration wins, as in the cascade. Comments are ignored.
 */
export function readCssVariables(css: string): ReadonlyMap<string, string> {
  const variables = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const block of text.matchAll(/(?:^|[};])\s*:root\s*\{([^}]*)\}/g)) {
    for (const declaration of (block[1] ?? '').matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) {
      variables.set(declaration[1] ?? '', (declaration[2] ?? '').trim());
    }
  }
  return variables;
}

import type { ReactNode } from 'react';
import type { WorkbenchAppView } from '../api/WorkbenchViews.js';

/**
 * The bundles' icon keys the workbench draws, as small line drawings in the app's colour (an emoji
 * would depend on the fonts a phone has); any other key, or none, shows the app's first letter.
 */
const icons: Readonly<Record<string, ReactNode>> = {
  briefcase: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 12h18" />
    </>
  ),
  target: (
    <>
      <circle cx="12" cy="12" r="9" />
      <circle cx="12" cy="12" r="5" />
      <circle cx="12" cy="12" r="1.5" />
    </>
  ),
  chart: <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" />,
  users: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2 20c0-3.9 3.1-6.5 7-6.5s7 2.6 7 6.5M16 4.5a3.5 3.5 0 0 1 0 7M18 13.8c2.4.7 4 2.9 4 6.2" />
    </>
  ),
};
const defaultColor = '#1668dc';

/**
 * An app's icon in its colour, as its bundle or an admin set them. Decoration only (the app's name
 * is always beside it), so hidden from assistive technology. The colour is a checked hex value
 * (the server refuses anything else), drawn as the badge's ring, tint and line drawing — a letter
 * keeps the page's text colour, so its contrast never depends on the colour chosen. Inside a
 * control named by `aria-label` pass `letter={false}`: a letter would be visible text missing from
 * the name (axe's label-content-name-mismatch), so the badge is then its ring alone.
 */
export function AppBadge({ app, letter = true }: { readonly app: Pick<WorkbenchAppView, 'name' | 'icon' | 'color'>; readonly letter?: boolean }) {
  const color = expandColor(app.color) ?? defaultColor;
  const icon = app.icon === null ? undefined : icons[app.icon];
  return (
    <span className="app-workbench__badge" style={{ borderColor: color, background: `${color}1a` }} aria-hidden="true">
      {icon ? (
        <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke={color} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false">
          {icon}
        </svg>
      ) : letter ? (
        (Array.from(app.name)[0] ?? '')
      ) : null}
    </span>
  );
}

/** `#abc` → `#aabbcc`, so that an alpha can be appended; anything but a hex colour → undefined. */
function expandColor(color: string | null): string | undefined {
  if (color === null) return undefined;
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return color;
  if (/^#[0-9a-fA-F]{3}$/.test(color)) return `#${[...color.slice(1)].map((digit) => digit + digit).join('')}`;
  return undefined;
}

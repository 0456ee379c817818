import type { WorkbenchAppView } from '../api/WorkbenchViews.js';

/** The bundles' icon keys the workbench draws; another key (or none) shows the app's first letter. */
const glyphs: Readonly<Record<string, string>> = { briefcase: '💼', target: '🎯', chart: '📊', users: '👥', calendar: '📅', form: '📝', star: '⭐' };
const defaultColor = '#1668dc';

/**
 * An app's icon in its colour, as its bundle or an admin set them. Decoration only (the app's name
 * is always beside it), so hidden from assistive technology. The colour is a checked hex value
 * (the server refuses anything else), drawn as the badge's ring and tint — the letter keeps the page's text colour, so its contrast never depends on the colour chosen.
 */
export function AppBadge({ app }: { readonly app: Pick<WorkbenchAppView, 'name' | 'icon' | 'color'> }) {
  const icon = app.icon === null ? undefined : (glyphs[app.icon] ?? (/^[\x20-\x7e]+$/.test(app.icon) ? undefined : app.icon));
  const color = expandColor(app.color) ?? defaultColor;
  return (
    <span className="app-workbench__badge" style={{ borderColor: color, background: `${color}1a` }} aria-hidden="true">
      {icon ?? Array.from(app.name)[0] ?? ''}
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

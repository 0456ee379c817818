import type { DashboardSchema } from '../../engine/index.js';

/**
 * The published DashboardSchema the server answers, or undefined when it is not one. Only the
 * shape the page walks is checked: the server checked the whole document with the engine's
 * parser when it was saved and published, and checks it again for every data call. The parser
 * is not used here on purpose — importing it from the dashboard chunk makes the bundler keep
 * it, and every document kind's meta-schema with it (~1.3 MB), in the main chunk that the fill
 * page loads, because the main chunk reaches the engine's barrel.
 */
export function readDashboardDocument(document: Readonly<Record<string, unknown>>): DashboardSchema | undefined {
  const { kind, widgets, filters } = document;
  if (kind !== 'dashboard' || !Array.isArray(widgets) || (filters !== undefined && !Array.isArray(filters))) return undefined;
  const widgetsOk = widgets.every((widget: unknown) => isObject(widget) && typeof widget['id'] === 'string' && isObject(widget['query']) && isObject(widget['layout']));
  const filtersOk = (filters ?? []).every((filter: unknown) => isObject(filter) && typeof filter['id'] === 'string' && isObject(filter['bindings']));
  return widgetsOk && filtersOk ? (document as unknown as DashboardSchema) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Everything in the app that draws dashboard widgets, as one chunk loaded on demand with echarts:
 * the dashboard page's body (the default export, so the page's lazy import stays as short as it
 * was) and the workbench's key-dashboard summary. One entry rather than two
 * keeps the split as it was — one chunk holding echarts, fetched by whichever opens first — instead
 * of the bundler carving a shared chunk out of both and listing it among the fill page's preloads.
 */
export { default } from './DashboardScreen.js';
export { default as KeyDashboardSummary } from '../workbench/KeyDashboardSummary.js';

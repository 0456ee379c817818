export type * from './WidgetData.js';
export { periodChange } from './periodChange.js';
export { funnelConversion, type StageConversion } from './funnelConversion.js';
export { funnelStages } from './funnelStages.js';
export { rankWithTies } from './rankWithTies.js';
export { rankLeaderboard, type LeaderboardEntry } from './rankLeaderboard.js';
export { gaugeCompletion } from './gaugeCompletion.js';
export { formatPercent, missingPercent, type PercentFormat } from './formatPercent.js';

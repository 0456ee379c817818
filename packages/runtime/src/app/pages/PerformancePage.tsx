import { lazy, Suspense } from 'react';
import { PageLoading } from './PageLoading.js';

// My performance and targets, with their strings (performanceMessages), are one chunk fetched when
// either is opened: the fill page's bundle does not carry them.
const PerformanceScreen = lazy(() => import('../performance/PerformanceScreen.js'));
const TargetsScreen = lazy(() => import('../performance/TargetsScreen.js'));

/** `/performance?app=&scheme=&period=`: my score sheet, trend and rank; a manager's team sheet, leaderboard and laggards. */
export function PerformancePage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <PerformanceScreen />
    </Suspense>
  );
}

/** `/targets?app=&metric=&period=`: progress against targets, the stored decomposition, and the decompose form. */
export function TargetsPage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <TargetsScreen />
    </Suspense>
  );
}

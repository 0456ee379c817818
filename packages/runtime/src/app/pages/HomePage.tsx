import { lazy, Suspense } from 'react';
import { PageLoading } from './PageLoading.js';

// The workbench, with its sections, strings and styles, is a chunk of its own: a rep who opens a
// form's link (the fill page) does not download it.
const WorkbenchScreen = lazy(() => import('../workbench/WorkbenchScreen.js').then((module) => ({ default: module.WorkbenchScreen })));

/** `/`: the workbench (see `WorkbenchScreen`). */
export function HomePage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <WorkbenchScreen />
    </Suspense>
  );
}

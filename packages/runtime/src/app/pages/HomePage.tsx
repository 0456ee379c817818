import { WorkbenchScreen } from '../workbench/WorkbenchScreen.js';

/** `/`: the workbench (see `WorkbenchScreen`). */
export function HomePage() {
  return <WorkbenchScreen />;
}

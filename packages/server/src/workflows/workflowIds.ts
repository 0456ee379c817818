import type { WorkflowIdKind } from '@formwork/runtime';
import type { ServerContext } from '../ServerContext.js';

const prefixes: Readonly<Record<WorkflowIdKind, string>> = { instance: 'flw', visit: 'vis', task: 'tsk', timer: 'tmr' };

/** The engine's `newId`, on the server's ids: instances `flw_…`, tasks `tsk_…` (what the inbox routes take). */
export function workflowIds(context: Pick<ServerContext, 'newId'>): (kind: WorkflowIdKind) => string {
  return (kind) => context.newId(prefixes[kind]);
}

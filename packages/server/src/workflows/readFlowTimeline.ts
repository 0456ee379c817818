import type { Stores } from '../storage/Stores.js';
import { findFlowInPlay } from './findFlowInPlay.js';
import { toFlowView } from './flowView.js';
import { loadWorkflowVersion } from './loadWorkflow.js';

/**
 * A record's timeline across every flow it ran through: each logged step with the node's name,
 * the person, the action, the comment, when, and for actions on a task how long it had waited
 * (from the task's opening to the action). Headed by the flow in play: a running change flow, else
 * the record's own.
 */
export async function readFlowTimeline(stores: Stores, recordId: string) {
  const current = await findFlowInPlay(stores, recordId);
  const entries = await stores.flowLog.listByRecord(recordId);
  const instances = new Map([[current?.instance.id, current?.instance]]);
  for (const instanceId of new Set(entries.map((entry) => entry.instanceId))) {
    if (!instances.has(instanceId)) instances.set(instanceId, (await stores.flowInstances.findById(instanceId))?.instance);
  }
  const nodeNames = new Map<string, string>();
  for (const instance of instances.values()) {
    if (!instance) continue;
    const workflow = await loadWorkflowVersion(stores, instance.formId, instance.workflowVersion);
    for (const node of workflow.schema.nodes) nodeNames.set(`${instance.id}/${node.id}`, node.name);
  }
  const users = new Map((await stores.users.list()).map((user) => [user.id, user.name]));
  return {
    flow: current ? { instanceId: current.instance.id, initiator: current.instance.initiator, ...toFlowView(current.flowState) } : null,
    items: entries.map((entry) => {
      const task = entry.taskId === null ? undefined : instances.get(entry.instanceId)?.tasks.find((candidate) => candidate.id === entry.taskId);
      return {
        instanceId: entry.instanceId,
        seq: entry.seq,
        at: new Date(entry.at).toISOString(),
        action: entry.action,
        actor: entry.actor,
        actorName: entry.actor === null ? null : (users.get(entry.actor) ?? null),
        nodeId: entry.nodeId,
        nodeName: entry.nodeId === null ? null : (nodeNames.get(`${entry.instanceId}/${entry.nodeId}`) ?? null),
        taskId: entry.taskId,
        comment: entry.comment,
        signature: entry.signatureFileId,
        users: entry.users,
        targetNodeId: entry.targetNodeId,
        reason: entry.reason,
        waitedMs: task === undefined ? null : Math.max(0, entry.at - task.openedAt),
      };
    }),
  };
}

/**
 * Finds the cycles of a directed graph: one cycle (as a closed path without its repeated start,
 * `[a, b]` for a → b → a) per strongly connected component that has one, in node order. Uses
 * Tarjan's algorithm without recursion, so long chains do not overflow the stack.
 *
 * @example
 * findCycles(['a', 'b', 'c'], (n) => ({ a: ['b'], b: ['a'], c: [] })[n]) // [['a', 'b']]
 */
export function findCycles<T>(nodes: readonly T[], successors: (node: T) => readonly T[]): T[][] {
  const indexOf = new Map<T, number>();
  const lowLink = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const components: T[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (indexOf.has(root)) continue;
    const work: { node: T; next: number; targets: readonly T[] }[] = [];
    const open = (node: T): void => {
      indexOf.set(node, counter);
      lowLink.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, targets: successors(node) });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const target = frame.targets[frame.next];
      if (target !== undefined) {
        frame.next += 1;
        if (!indexOf.has(target)) open(target);
        else if (onStack.has(target)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node) ?? 0, indexOf.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) lowLink.set(parent.node, Math.min(lowLink.get(parent.node) ?? 0, lowLink.get(frame.node) ?? 0));
      if (lowLink.get(frame.node) === indexOf.get(frame.node)) {
        const component: T[] = [];
        for (;;) {
          const member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
          if (member === frame.node) break;
        }
        components.push(component);
      }
    }
  }

  const position = new Map(nodes.map((node, at) => [node, at]));
  const cycles: T[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = [...component].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))[0];
    if (start === undefined) continue;
    if (component.length === 1 && !successors(start).includes(start)) continue;
    cycles.push(shortestCycleThrough(start, members, successors));
  }
  return cycles.sort((a, b) => (position.get(a[0] as T) ?? 0) - (position.get(b[0] as T) ?? 0));
}

/** A shortest closed path from `start` back to it inside one strongly connected component. */
function shortestCycleThrough<T>(start: T, members: ReadonlySet<T>, successors: (node: T) => readonly T[]): T[] {
  const previous = new Map<T, T>();
  const queue: T[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as T;
    for (const next of successors(node)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path: T[] = [node];
        for (let step = node; step !== start; ) {
          const before = previous.get(step);
          if (before === undefined) break;
          path.push(before);
          step = before;
        }
        return path.reverse();
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** What a burst achieved before the server went away. */
export interface BurstResult {
  /** Ids of writes the server acknowledged (answered 2xx): each must survive the crash. */
  readonly acknowledged: readonly string[];
  /** Writes that failed or never got an answer (the server may or may not have kept them). */
  readonly unanswered: number;
}

export interface BurstOptions {
  /** Parallel writers. */
  readonly concurrency: number;
  /** Stop after this many writes in total, crash or not (bounds the test). */
  readonly maxWrites: number;
  /** Called once when this many writes were acknowledged: kill the server here. */
  readonly crashAfter: number;
  crash(): void;
  /** Performs write number `index`; returns the new id when acknowledged, undefined otherwise. Throws when the connection dies. */
  write(index: number): Promise<string | undefined>;
}

/**
 * Fires writes from several workers at once and pulls the plug mid-burst: `crash()` runs while
 * other writes are still in flight. For crash tests: afterwards, every acknowledged id must be
 * found in the restarted server.
 */
export async function runWriteBurst(options: BurstOptions): Promise<BurstResult> {
  const acknowledged: string[] = [];
  let unanswered = 0;
  let next = 0;
  let crashed = false;
  const worker = async (): Promise<void> => {
    while (next < options.maxWrites) {
      const index = next++;
      try {
        const id = await options.write(index);
        if (id === undefined) unanswered++;
        else acknowledged.push(id);
      } catch {
        unanswered++;
        if (crashed) return;
      }
      if (!crashed && acknowledged.length >= options.crashAfter) {
        crashed = true;
        options.crash();
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { acknowledged, unanswered };
}

export interface RunningServer {
    readonly url: string;
    readonly dataDir: string;
    readonly admin: {
        readonly username: string;
        readonly password: string;
    };
    /** Everything the server printed so far. */
    output(): string;
    stop(): Promise<void>;
}
/**
 * Starts the built server (`packages/server/dist/cli.js serve`) as its own process on a free port
 * with a fresh SQLite data folder, exactly as `pnpm start` would, and waits until it listens.
 */
export declare function startServer(options?: {
    env?: Record<string, string>;
}): Promise<RunningServer>;

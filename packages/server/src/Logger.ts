/** Where the server writes what operators should see. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Writes to stdout/stderr. */
export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message, error) => console.error(message, error ?? ''),
};

/** Swallows everything (tests that assert on output use their own). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

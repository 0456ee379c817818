import { type Browser } from 'playwright-core';
/** Debian's Chromium (installed by .ci/run); FORMWORK_CHROMIUM overrides the path. */
export declare function chromiumPath(): string;
/** Headless Chromium with the flags this sandbox needs (no sandbox, no GPU, no background traffic). */
export declare function launchBrowser(): Promise<Browser>;

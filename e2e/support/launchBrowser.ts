import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); FORMWORK_CHROMIUM overrides the path. */
export function chromiumPath(): string {
  const candidates = [process.env['FORMWORK_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => typeof path === 'string' && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it with `apt-get install -y chromium fonts-noto-cjk` (what .ci/run does) or set FORMWORK_CHROMIUM.',
    );
  }
  return found;
}

/** Headless Chromium with the flags this sandbox needs (no sandbox, no GPU, no background traffic). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

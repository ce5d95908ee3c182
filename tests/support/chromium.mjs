// Where the browser tests find Chromium: CHROMIUM_PATH, else the system's, else Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium from calling home: on a closed network it stalls without them. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium binary to use, or undefined when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', chromium.executablePath()];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/** Options for Playwright's `chromium.launch()` outside the test runner (integration tests): the flags and the binary. */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) };
}

// Makes sure the browser tests have a Chromium: finds one, or installs Debian's package when
// this machine allows it (root with apt-get), or stops with a message saying what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canInstall) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (about a minute)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    // Reported below with the manual steps.
  }
  if (findChromium()) process.exit(0);
}

console.error(`The browser tests need Chromium, and none was found.
Install one of these, then run npm test again:
  - Debian/Ubuntu: sudo apt-get install chromium
  - any system:    npx playwright install chromium
  - or set CHROMIUM_PATH to a Chromium or Chrome binary you already have.`);
process.exit(1);

/** The system's Chromium (Debian: apt-get install chromium), driven by playwright-core. */
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const configured = process.env['CHROMIUM'];
  if (configured !== undefined) return configured;
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (found === undefined)
    throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM to its path.');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

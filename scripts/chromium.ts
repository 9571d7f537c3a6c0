/**
 * The headless Chromium that the build scripts (oembed.ts measures the embed, share-cards.ts draws
 * the cards) and the browser tests (tests/e2e/harness.ts) drive: found once, launched with the
 * flags for a machine without network, and given the built site at an address of its own by
 * request interception (no port, no network).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** Flags for Chromium on a network-less machine (README, "Contributing"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** CHROMIUM_PATH, else Debian's Chromium when installed, else the one inside @sparticuz/chromium; null when there is none. */
export async function chromiumPath(): Promise<string | null> {
  for (const path of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) if (path && existsSync(path)) return path;
  try {
    return (await import('@sparticuz/chromium')).default.executablePath();
  } catch {
    return null;
  }
}

/** Launches headless Chromium; null when there is none to launch. */
export async function launchChromium(): Promise<Browser | null> {
  const executablePath = await chromiumPath();
  if (!executablePath) return null;
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Serves the folder `dist` to `page` at `origin` (an address of the .invalid domain): each request
 * under it is answered with the file at that path, or 404; `pages` adds documents by path
 * ("/__host.html" → its HTML). Paths never leave `dist`.
 */
export async function serveFolder(page: Page, dist: string, origin: string, pages: Readonly<Record<string, string>> = {}): Promise<void> {
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const extra = pages[path];
    if (extra !== undefined) return route.fulfill({ contentType: 'text/html', body: extra });
    const file = resolve(dist, `.${decodeURIComponent(path)}`);
    return file.startsWith(dist) && existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
}

/**
 * Lighthouse's performance category for one page: the `lighthouse` npm package (12.x; 13 needs
 * Node 22) with its default mobile settings (a Moto G Power's screen, simulated slow 4G and 4×
 * CPU slowdown), driving Debian's Chromium through chrome-launcher. A fresh browser per run, so
 * no cache or service worker carries over.
 */
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

/** One Lighthouse run: score 0–100, Total Blocking Time, Largest and First Contentful Paint (ms), CLS. */
export interface LighthouseRun {
  score: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
  fcpMs: number | null;
  cls: number | null;
  error: string | null;
}

/** Runs Lighthouse's performance audits on `url`. Never throws: a failed run says why. */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const failed = (error: string): LighthouseRun => ({ score: null, tbtMs: null, lcpMs: null, fcpMs: null, cls: null, error });
  let chrome: Awaited<ReturnType<typeof launchChrome>> | undefined;
  try {
    chrome = await launchChrome({ chromePath: (await chromiumPath()) ?? undefined, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) return failed('Lighthouse returned no report');
    if (lhr.runtimeError) return failed(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const score = lhr.categories.performance?.score;
    return {
      score: score == null ? null : Math.round(score * 100),
      tbtMs: audit('total-blocking-time'),
      lcpMs: audit('largest-contentful-paint'),
      fcpMs: audit('first-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      error: null,
    };
  } catch (error) {
    return failed(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  } finally {
    chrome?.kill();
  }
}

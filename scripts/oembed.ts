/**
 * `tsx scripts/oembed.ts`: writes dist/oembed.json, the oEmbed 1.0 "rich" response for the built
 * story, so that a CMS given the page's address embeds the iframe. Run after the build (it reads
 * dist/timeline.json, the dataset the page shows).
 *   SITE_URL      where the built folder is published (absolute; default http://localhost:4173/)
 *   SITE_NAME     the provider name (default: SITE_URL's host name)
 *   EMBED_HEIGHT  the embed's height at 730 px, to override the estimate (px)
 * Exit code 1 on a bad dataset or variable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDatasetText } from '../src/dataset/parseText';
import { formatIssue } from '../src/dataset/parse';
import { estimateEmbedHeight, oembedResponse, siteUrlFrom } from '../src/embed/oembed';

function fail(message: string): never {
  console.error(`oembed: ${message}`);
  process.exit(1);
}

const dist = resolve(import.meta.dirname, '../dist');
const parsed = parseDatasetText(readFileSync(resolve(dist, 'timeline.json'), 'utf8'));
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`dist/timeline.json: ${formatIssue(issue)}`);
  process.exit(1);
}

const site = siteUrlFrom(process.env.SITE_URL);
if ('error' in site) fail(site.error);
if (site.defaulted) console.log(`oembed: SITE_URL is not set; using ${site.url} (set it to the address the site is published at)`);

const heightRaw = process.env.EMBED_HEIGHT;
let height = estimateEmbedHeight(parsed.timeline);
if (heightRaw !== undefined && heightRaw !== '') {
  const n = Number(heightRaw);
  if (!Number.isInteger(n) || n < 150 || n > 5000) fail(`EMBED_HEIGHT=${JSON.stringify(heightRaw)}: give a whole number of pixels from 150 to 5000`);
  height = n;
}

const response = oembedResponse(parsed.timeline, { siteUrl: site.url, height, providerName: process.env.SITE_NAME });
writeFileSync(resolve(dist, 'oembed.json'), `${JSON.stringify(response, null, 2)}\n`);
console.log(`wrote dist/oembed.json: ${response.width}×${response.height}, ${new URL('embed.html', site.url).href}`);

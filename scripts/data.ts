/**
 * `npm run data [-- --dir STORY] [--out FILE]`: builds STORY/timeline.json (default story folder
 * `data`) from STORY/events.yaml and STORY/sources/. On any problem it prints `file: message`,
 * writes nothing and exits 1, so a broken annotation never replaces a good dataset.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTimeline, reportFailure } from './dataPipeline';

const USAGE = 'usage: npm run data -- [--dir STORY_FOLDER] [--out FILE]';

/** Reads `--dir` and `--out` (also as `--dir=…`); anything else is a usage error. */
function parseArgs(args: readonly string[]): { dir: string; out: string } | { error: string } {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const m = /^--(dir|out)(?:=(.*))?$/.exec(arg);
    if (!m?.[1]) return { error: `unknown argument ${JSON.stringify(arg)}\n${USAGE}` };
    const value = m[2] ?? args[++i];
    if (value === undefined || value === '') return { error: `--${m[1]} needs a value\n${USAGE}` };
    values[m[1]] = value;
  }
  const dir = values.dir ?? 'data';
  return { dir, out: values.out ?? join(dir, 'timeline.json') };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    return 1;
  }
  try {
    const { json, summary, report } = generateTimeline(args.dir, args.out);
    writeFileSync(args.out, json);
    for (const line of report) console.log(`  ${line}`);
    console.log(summary);
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

process.exitCode = main();

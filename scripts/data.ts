/**
 * `npm run data [-- --dir STORY] [--out FILE]`: builds STORY/timeline.json (default story folder
 * `data`) from STORY/events.yaml and STORY/sources/. On any problem it prints `file: message`,
 * writes nothing and exits 1, so a broken annotation never replaces a good dataset.
 */
import { writeFileSync } from 'node:fs';
import { dataArgs } from './cliArgs';
import { generateTimeline, reportFailure } from './dataPipeline';

function main(): number {
  const args = dataArgs(process.argv.slice(2));
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

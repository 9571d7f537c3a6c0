/**
 * `npm run import -- FILE [--out OUT] [--lang TAG] [--allow-drops]`: converts a TimelineJS 3 file
 * (its JSON, or the CSV of its Google-spreadsheet template) into our dataset format. Writes the
 * dataset to OUT (or stdout) and the report of what did not carry over to stderr, ending with a
 * one-line summary. Exit codes: 0 written; 1 FILE cannot be read as TimelineJS data at all;
 * 2 bad arguments; 3 something would be dropped (an event, a field, a link) and --allow-drops was
 * not given. Nothing is written unless the exit code is 0, so a script never publishes a partial story.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { formatIssue } from '../src/dataset/parse';
import { serializeDataset } from '../src/dataset/serialize';
import { importArgs } from './cliArgs';
import { UnreadableError, importTimelineJsText } from '../src/import/importText';
import { formatNote, isDrop, summaryLine } from '../src/import/report';

/** Exit code when something would be dropped without --allow-drops. */
const EXIT_DROPS = 3;

function main(): number {
  const args = importArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    console.error(`${args.file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const fallbackTitle = basename(args.file, extname(args.file));
    const { dataset, notes, issues } = importTimelineJsText(args.file, text, { fallbackTitle, language: args.lang });
    if (issues.length > 0) {
      // A converter bug, not a problem of the input: say so rather than write a dataset the app refuses.
      console.error(`${args.file}: the converted dataset does not pass validation:\n  ${issues.map(formatIssue).join('\n  ')}`);
      return 1;
    }
    const refused = !args.allowDrops && notes.some(isDrop);
    if (!refused) {
      const json = serializeDataset(dataset);
      if (args.out === undefined) process.stdout.write(json);
      else {
        mkdirSync(dirname(args.out), { recursive: true });
        writeFileSync(args.out, json);
      }
    }
    console.error(`${args.file}: ${dataset.events.length} events, ${dataset.topics.length} topics, ${dataset.sources.length} sources`);
    if (notes.length > 0) console.error(`${notes.length} notes on what did not carry over as it was:`);
    for (const note of notes) console.error(`  ${formatNote(note)}`);
    console.error(summaryLine(args.file, dataset.events.length, notes, args.out, refused));
    return refused ? EXIT_DROPS : 0;
  } catch (error) {
    if (error instanceof UnreadableError) {
      console.error(`${args.file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();

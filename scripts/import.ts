/**
 * `npm run import -- FILE [--out OUT] [--lang TAG]`: converts a TimelineJS 3 file (its JSON, or
 * the CSV of its Google-spreadsheet template) into our dataset format. Writes the dataset to OUT
 * (or stdout) and the report of what did not carry over to stderr; exits 1 when FILE cannot be
 * read as TimelineJS data at all, writing nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { formatIssue } from '../src/dataset/parse';
import { UnreadableError, importTimelineJsText } from '../src/import/importText';
import { formatNote } from '../src/import/report';

const USAGE = 'usage: npm run import -- FILE [--out OUT] [--lang TAG]';

interface Args {
  file: string;
  out?: string;
  lang?: string;
}

/** Reads FILE and the `--out`/`--lang` options (also as `--out=…`). */
function parseArgs(args: readonly string[]): Args | { error: string } {
  const files: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const m = /^--(out|lang)(?:=(.*))?$/.exec(arg);
    if (m?.[1]) {
      const value = m[2] ?? args[++i];
      if (value === undefined || value === '') return { error: `--${m[1]} needs a value\n${USAGE}` };
      values[m[1]] = value;
    } else if (arg.startsWith('--')) return { error: `unknown option ${JSON.stringify(arg)}\n${USAGE}` };
    else files.push(arg);
  }
  if (files.length !== 1 || files[0] === undefined) return { error: `expected one FILE, got ${files.length}\n${USAGE}` };
  return { file: files[0], out: values.out, lang: values.lang };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
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
    const json = JSON.stringify(dataset, null, 2) + '\n';
    if (args.out === undefined) process.stdout.write(json);
    else {
      mkdirSync(dirname(args.out), { recursive: true });
      writeFileSync(args.out, json);
    }
    console.error(
      `${args.file}: ${dataset.events.length} events, ${dataset.topics.length} topics, ${dataset.sources.length} sources` +
        (args.out === undefined ? '' : ` → ${args.out}`),
    );
    if (notes.length > 0) console.error(`${notes.length} notes on what did not carry over as it was:`);
    for (const note of notes) console.error(`  ${formatNote(note)}`);
    return 0;
  } catch (error) {
    if (error instanceof UnreadableError) {
      console.error(`${args.file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();

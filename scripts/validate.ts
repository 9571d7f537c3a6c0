/**
 * `npm run validate -- FILE [FILE…]`: checks dataset files with the app's own validator.
 * Exit code 0 when all are valid, 1 when any has problems, 2 on a usage or read error.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatIssue } from '../src/dataset/parse';
import { checkFileSize, parseDatasetText } from '../src/dataset/parseText';
import type { ParseResult } from '../src/dataset/model';

const USAGE = 'usage: npm run validate -- FILE [FILE…]\nChecks timeline dataset files (JSON, format version 1).';

/** Reads and parses one file; the size is checked before reading so a huge file is never loaded. */
async function validateFile(file: string): Promise<ParseResult> {
  const tooLarge = checkFileSize(statSync(file).size);
  if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
  return parseDatasetText(readFileSync(file, 'utf8'));
}

/** "1 event", "3 events". */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    console.error(USAGE);
    return 2;
  }
  let exit = 0;
  for (const file of files) {
    let result: ParseResult;
    try {
      result = await validateFile(file);
    } catch (error) {
      console.error(`${file}: cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
      exit = 2;
      continue;
    }
    if (result.ok) {
      const t = result.timeline;
      const quotes = t.events.reduce((sum, e) => sum + e.quotes.length, 0);
      const people = `${t.people.length.toLocaleString('en-US')} ${t.people.length === 1 ? 'person' : 'people'}`;
      console.log(`${file}: valid — ${count(t.events.length, 'event')}, ${count(quotes, 'quote')}, ${people}, ${count(t.sources.length, 'source')}`);
    } else {
      for (const issue of result.issues) console.log(`${file}: ${formatIssue(issue)}`);
      exit = Math.max(exit, 1);
    }
  }
  return exit;
}

process.exitCode = await main(process.argv.slice(2));

/**
 * The command lines of `npm run data`, `npm run import` and the prerender (scripts/prerender.ts), read by Node's `util.parseArgs`
 * (long options, `--name value` and `--name=value`). A usage error comes back as a sentence
 * ending with the usage line, for the script to print before it exits.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const DATA_USAGE = 'usage: npm run data -- [--dir STORY_FOLDER] [--out FILE]';
export const IMPORT_USAGE = 'usage: npm run import -- FILE [--out OUT] [--lang TAG] [--allow-drops]';
export const PRERENDER_USAGE = 'usage: tsx scripts/prerender.ts [--dist BUILT_SITE_FOLDER]';

/** What `npm run data` was asked: the story folder and the file to write (STORY/timeline.json by default). */
export interface DataArgs {
  dir: string;
  out: string;
}

/** What `npm run import` was asked. */
export interface ImportArgs {
  file: string;
  out?: string;
  lang?: string;
  /** Write the dataset even when events or fields are left out. */
  allowDrops: boolean;
}

/** Reads `--dir` and `--out`; anything else is a usage error. */
export function dataArgs(args: readonly string[]): DataArgs | { error: string } {
  const read = readArgs(args, { dir: { type: 'string' }, out: { type: 'string' } }, false, DATA_USAGE);
  if ('error' in read) return read;
  const dir = read.values.dir ?? 'data';
  return { dir, out: read.values.out ?? join(dir, 'timeline.json') };
}

/** What the prerender was asked: the built site's folder (Vite's output, with its timeline.json), resolved from the working directory. */
export interface PrerenderArgs {
  dist: string;
}

/** Reads `--dist` (default: the project's dist/, `defaultDist`); anything else is a usage error. */
export function prerenderArgs(args: readonly string[], defaultDist: string): PrerenderArgs | { error: string } {
  const read = readArgs(args, { dist: { type: 'string' } }, false, PRERENDER_USAGE);
  if ('error' in read) return read;
  return { dist: resolve(read.values.dist ?? defaultDist) };
}

/** Reads FILE, `--out`, `--lang` and `--allow-drops`; exactly one FILE. */
export function importArgs(args: readonly string[]): ImportArgs | { error: string } {
  const options = { out: { type: 'string' }, lang: { type: 'string' }, 'allow-drops': { type: 'boolean' } } as const;
  const read = readArgs(args, options, true, IMPORT_USAGE);
  if ('error' in read) return read;
  const [file, ...more] = read.positionals;
  if (file === undefined || more.length > 0) return { error: `expected one FILE, got ${read.positionals.length}\n${IMPORT_USAGE}` };
  return { file, out: read.values.out, lang: read.values.lang, allowDrops: read.values['allow-drops'] === true };
}

type Options = Record<string, { type: 'string' | 'boolean' }>;
type Values<O extends Options> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

/** parseArgs in strict mode, its errors turned into our sentences, and an empty value refused. */
function readArgs<O extends Options>(
  args: readonly string[],
  options: O,
  allowPositionals: boolean,
  usage: string,
): { values: Values<O>; positionals: string[] } | { error: string } {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    return { error: `${usageError(error, options)}\n${usage}` };
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') return { error: `--${name} needs a value\n${usage}` };
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}

/** Node's ERR_PARSE_ARGS_* errors in the words our CLIs always used. */
function usageError(error: unknown, options: Options): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const name = option.replace(/^-+/, '').split(' ')[0] ?? option;
    // A string option with no value, or a value given to a switch.
    return options[name]?.type === 'string' ? `--${name} needs a value` : `--${name} takes no value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option ${JSON.stringify(option)}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument: ${message.replace(/^Unexpected argument '([^']*)'.*$/s, '"$1"')}`;
  return message;
}

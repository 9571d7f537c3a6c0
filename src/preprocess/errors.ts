/**
 * The one error the preprocessor throws on purpose: a problem in the story's own files. The CLI
 * prints it as `file: message`, so every message is written to make sense after a file name.
 */

/** A problem in one of the story's files (annotation, sidecar or article). */
export class DataError extends Error {
  /** The file at fault, as the CLI was given it (e.g. `data/events.yaml`). */
  readonly file: string;

  constructor(file: string, message: string) {
    super(message);
    this.name = 'DataError';
    this.file = file;
  }
}

/** How much of a quote or rule a message shows (with `shown`), so a long quote still fits in one message line. */
export const BRIEF = 50;

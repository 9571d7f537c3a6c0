/**
 * The problems one read of untrusted input found, each at its JSON path.
 */
import { MAX_ISSUES } from '../limits';
import type { DatasetIssue } from '../model';
import { grouped } from './messages';

/** Collects problems up to MAX_ISSUES and only counts the rest, so a huge broken file cannot flood memory. */
export class Issues {
  private readonly list: DatasetIssue[] = [];
  private unlisted = 0;

  /** Records one problem at a JSON path. */
  add(path: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else this.unlisted++;
  }

  /** How many problems were found, listed or not. */
  get count(): number {
    return this.list.length + this.unlisted;
  }

  /** The listed problems, ending with one that says how many more were found but not listed. */
  toList(): DatasetIssue[] {
    if (this.unlisted === 0) return this.list.slice();
    const more = `${grouped(this.unlisted)} more ${this.unlisted === 1 ? 'problem was' : 'problems were'} found but not listed`;
    return [...this.list, { path: '(root)', message: `${more} (only the first ${grouped(MAX_ISSUES)} are shown)` }];
  }
}

// Counting rows and merged cells in a worksheet's XML as it streams past, before exceljs ever builds it.
import { columnNumber } from './grid.js';

const ROW_TAG = /<(?:[\w.-]+:)?row[\s>/]/g;
const MERGE_TAG = /<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/g;
/** A tag longer than this is not one we are looking for; don't hold the stream for it. */
const MAX_CARRY = 64 * 1024;

export interface MergeRange {
  ref: string;
  cells: number;
}

export class SheetXmlScan {
  rows = 0;
  mergedCells = 0;
  largestMerge: MergeRange | null = null;
  private carry = '';

  /** Text decoded byte for byte (latin1): tags are ASCII, so multi-byte text cannot fake or hide one. */
  push(chunk: string): void {
    const text = this.carry + chunk;
    const lastTag = text.lastIndexOf('<');
    const cut = lastTag === -1 || text.length - lastTag > MAX_CARRY ? text.length : lastTag;
    this.scan(text.slice(0, cut));
    this.carry = text.slice(cut);
  }

  end(): void {
    this.scan(this.carry);
    this.carry = '';
  }

  private scan(text: string): void {
    ROW_TAG.lastIndex = 0;
    while (ROW_TAG.exec(text) !== null) this.rows++;
    MERGE_TAG.lastIndex = 0;
    for (let m = MERGE_TAG.exec(text); m !== null; m = MERGE_TAG.exec(text)) {
      const [, c1, r1, c2 = c1!, r2 = r1!] = m;
      const cells = (Math.abs(Number(r2) - Number(r1)) + 1) * (Math.abs(columnNumber(c2) - columnNumber(c1!)) + 1);
      this.mergedCells += cells;
      if (this.largestMerge === null || cells > this.largestMerge.cells) {
        this.largestMerge = { ref: m[3] === undefined ? `${c1}${r1}` : `${c1}${r1}:${c2}${r2}`, cells };
      }
    }
  }
}

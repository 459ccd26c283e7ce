// Collecting diagnostics with their place: the file, the sheet and the cell (A1 notation).
import { error, warning } from '../diagnostics.js';
import type { Diagnostic, Where } from '../diagnostics.js';
import { cellRef } from './grid.js';

export class Findings {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string) {}

  at(sheet: string, row: number, column: number): Where {
    return { file: this.file, sheet, cell: cellRef(row, column) };
  }

  sheet(sheet: string): Where {
    return { file: this.file, sheet };
  }

  whole(): Where {
    return { file: this.file };
  }

  error(code: string, message: string, where: Where): void {
    this.diagnostics.push(error(code, message, where));
  }

  warning(code: string, message: string, where: Where): void {
    this.diagnostics.push(warning(code, message, where));
  }
}

// Reading one figure (a value, target, numerator or comparator) from a data cell, reporting what is wrong.
import type { Where } from '../diagnostics.js';
import type { CellValue } from './cell.js';
import { describeCell } from './grid.js';
import { readNumber } from './numbers.js';
import type { Findings } from './place.js';

export interface Figure {
  value: number | null;
  percent: boolean;
}

const NONE: Figure = { value: null, percent: false };

/**
 * Missing markers give null quietly; Excel errors and unsaved formulas give null with a warning; words are errors.
 * `place` names the cell, asked for only when there is something to say (a long sheet has tens of thousands of figures).
 */
export function readFigure(cell: CellValue, label: string, place: () => Where, findings: Findings): Figure {
  const reading = readNumber(cell);
  switch (reading.kind) {
    case 'number':
      return { value: reading.value, percent: reading.percent };
    case 'missing':
      return NONE;
    case 'excel-error':
      findings.warning('excel-error', `the ${label} is the Excel error ${reading.text}; it was read as missing`, place());
      return NONE;
    case 'uncalculated':
      findings.warning('uncalculated-formula', `the ${label} is a formula with no saved result (=${reading.formula}); open and save the workbook in Excel`, place());
      return NONE;
    case 'invalid':
      findings.error('not-a-number', `${describeCell(cell)} is not a number`, place());
      return NONE;
  }
}

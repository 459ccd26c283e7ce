// The worker's compact form of sheet grids: every cell kind, row and column comes back exactly as it went.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/read/cell.js';
import type { SheetGrid } from '../../src/read/grid.js';
import { decodeGrids, encodeGrids, wireBuffers } from '../../src/read/gridWire.js';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), value: fc.double({ noNaN: true, noDefaultInfinity: true }), percentFormat: fc.boolean() }),
  fc.record({ kind: fc.constant('text' as const), text: fc.string() }),
  fc.record({ kind: fc.constant('date' as const), date: fc.date({ noInvalidDate: true }) }),
  fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant('error' as const), text: fc.constantFrom('#DIV/0!', '#N/A', '#REF!') }),
  fc.record({ kind: fc.constant('uncalculated' as const), formula: fc.string() }),
  fc.constant({ kind: 'blank' as const }),
);

const grid: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.string(),
  rows: fc.uniqueArray(fc.integer({ min: 1, max: 1_048_576 }), { maxLength: 20 }).chain((rowNumbers) =>
    fc.tuple(...rowNumbers.map((row) => fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 16_384 }), cell), { selector: ([column]) => column, maxLength: 8 }).map((cells) => ({ row, cells: new Map(cells) })))),
  ),
});

describe('grid wire form', () => {
  it('decodes to the grids encoded, moved with their buffers as the worker sends them', () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 4 }), (sheets) => {
        const wire = encodeGrids(sheets);
        const moved = structuredClone(wire, { transfer: wireBuffers(wire) });
        expect(decodeGrids(moved)).toEqual(sheets);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps −0 and the order of cells within a row', () => {
    const sheets: SheetGrid[] = [{ name: 'Values', rows: [{ row: 3, cells: new Map<number, CellValue>([[5, { kind: 'number', value: -0, percentFormat: false }], [2, { kind: 'text', text: 'b' }]]) }] }];
    const back = decodeGrids(encodeGrids(sheets));
    expect([...back[0]!.rows[0]!.cells.keys()]).toEqual([5, 2]);
    expect(Object.is((back[0]!.rows[0]!.cells.get(5) as { value: number }).value, -0)).toBe(true);
  });
});

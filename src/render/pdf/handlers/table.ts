// Table → Table/THead/TBody/TR/TH/TD drawn by our own layout: header rows repeat (as artifacts) on every page the
// table reaches, rows move whole to the next page, and a row taller than a page is split line by line, never cut.
import type { Table } from '../../../model/types.js';
import type { RenderContext, StructNode } from '../context.js';
import { inlineRuns } from '../inline.js';
import { BODY, COLOUR, SPACING, TABLE_TEXT } from '../layout.js';
import { TextTarget, drawLine, layoutLines } from '../textFlow.js';
import { columnWidths } from './tableColumns.js';
import type { CellLayout, RowLayout } from './tableLayout.js';
import { layoutRow, linesHeight } from './tableLayout.js';
import type { BlockHandler } from './types.js';

/** Lines a split row must put on a page before breaking; fewer and the row starts on the next page. */
const MIN_SPLIT_LINES = 2;

/** Which lines of each cell a slice of a row draws: from `start`, at most `count`. */
interface Slice {
  start: number[];
  count: number;
}

class RowTags {
  private row: StructNode | null = null;
  private readonly cells = new Map<CellLayout, TextTarget>();
  constructor(private readonly parent: StructNode) {}
  cell(ctx: RenderContext, layout: CellLayout): TextTarget {
    this.row ??= ctx.struct('TR', this.parent);
    let target = this.cells.get(layout);
    if (target === undefined) {
      const type = layout.role === 'data' ? 'TD' : 'TH';
      const scope = layout.role === 'columnHeader' ? 'Column' : layout.role === 'rowHeader' ? 'Row' : undefined;
      target = new TextTarget(ctx.struct(type, this.row, scope === undefined ? {} : { scope }), ctx);
      this.cells.set(layout, target);
    }
    return target;
  }
  finish(): void {
    for (const target of this.cells.values()) target.finish();
  }
}

function sliceHeight(row: RowLayout, slice: Slice): number {
  const drawn = row.cells.map((c, i) => Math.max(0, Math.min(slice.count, c.lines.length - (slice.start[i] ?? 0))));
  return linesHeight(Math.max(1, ...drawn));
}

/** Draws part of a row at the cursor: fills and rules as artifacts, then each cell's text tagged (or not, when `tags` is null). */
function drawSlice(ctx: RenderContext, row: RowLayout, slice: Slice, tags: RowTags | null): void {
  const height = sliceHeight(row, slice);
  const top = ctx.y;
  const decorate = (): void => {
    for (const cell of row.cells) {
      if (cell.fill !== null) ctx.pdf.rect(cell.x, top, cell.width, height).fill(cell.fill);
    }
    ctx.pdf.lineWidth(0.5).strokeColor(COLOUR.rule);
    for (const cell of row.cells) ctx.pdf.rect(cell.x, top, cell.width, height).stroke();
  };
  if (tags === null) decorate();
  else ctx.artifact('Layout', decorate);

  row.cells.forEach((cell, i) => {
    const start = slice.start[i] ?? 0;
    const lines = cell.lines.slice(start, start + slice.count);
    const target = tags === null ? null : tags.cell(ctx, cell);
    const box = { x: cell.x + SPACING.cellPadding, width: cell.width - 2 * SPACING.cellPadding, align: cell.align, style: TABLE_TEXT, colour: cell.colour };
    lines.forEach((line, n) => drawLine(ctx, line, box, top + SPACING.cellPadding + n * TABLE_TEXT.lineHeight, target));
  });
  ctx.y = top + height;
}

const whole = (row: RowLayout): Slice => ({ start: row.cells.map(() => 0), count: Number.MAX_SAFE_INTEGER });

class TableFlow {
  private readonly headerHeight: number;
  constructor(
    private readonly ctx: RenderContext,
    private readonly header: readonly RowLayout[],
  ) {
    this.headerHeight = header.reduce((sum, row) => sum + row.height, 0);
  }

  /** Next page, with the header rows drawn again as a pagination artifact so they are not read out twice. */
  continueOnNewPage(): void {
    this.ctx.newPage();
    if (this.header.length === 0) return;
    this.ctx.artifact('Pagination', () => {
      for (const row of this.header) drawSlice(this.ctx, row, whole(row), null);
    });
  }

  drawRow(row: RowLayout, tags: RowTags): void {
    const ctx = this.ctx;
    if (row.height <= ctx.remaining) drawSlice(ctx, row, whole(row), tags);
    else if (row.height <= ctx.bottom - ctx.top - this.headerHeight) {
      this.continueOnNewPage();
      drawSlice(ctx, row, whole(row), tags);
    } else this.splitRow(row, tags);
    tags.finish();
  }

  private splitRow(row: RowLayout, tags: RowTags): void {
    const ctx = this.ctx;
    const start = row.cells.map(() => 0);
    const unfinished = (): boolean => row.cells.some((c, i) => (start[i] ?? 0) < c.lines.length);
    while (unfinished()) {
      const fit = Math.floor((ctx.remaining - 2 * SPACING.cellPadding) / TABLE_TEXT.lineHeight);
      if (fit < MIN_SPLIT_LINES) {
        this.continueOnNewPage();
        continue;
      }
      drawSlice(ctx, row, { start: [...start], count: fit }, tags);
      row.cells.forEach((_, i) => (start[i] = (start[i] ?? 0) + fit));
      if (unfinished()) this.continueOnNewPage();
    }
  }
}

function drawCaption(ctx: RenderContext, caption: string, table: StructNode, left: number, width: number): void {
  const lines = layoutLines(ctx, inlineRuns([{ type: 'text', value: caption }], { bold: true }), width, BODY.size);
  const target = new TextTarget(ctx.struct('Caption', table), ctx);
  for (const line of lines) {
    drawLine(ctx, line, { x: left, width, align: 'left', style: BODY, colour: COLOUR.text }, ctx.y, target);
    ctx.y += BODY.lineHeight;
  }
  target.finish();
  ctx.y += SPACING.compactAfter;
}

export const table: BlockHandler<Table> = (node, { ctx, parent }) => {
  const { left, width } = ctx.frame;
  const cellCount = Math.max(0, ...[...node.header, ...node.rows].map((r) => r.cells.length));
  const widths = columnWidths(node.columns, cellCount, width);
  const header = node.header.map((row) => layoutRow(ctx, node, row, true, left, widths));
  const body = node.rows.map((row) => layoutRow(ctx, node, row, false, left, widths));

  const captionHeight = node.caption === null ? 0 : BODY.lineHeight + SPACING.compactAfter;
  const firstRow = body[0] === undefined ? 0 : Math.min(body[0].height, linesHeight(MIN_SPLIT_LINES));
  ctx.ensureSpace(captionHeight + header.reduce((sum, r) => sum + r.height, 0) + firstRow);

  const tableNode = ctx.struct('Table', parent);
  if (node.caption !== null) drawCaption(ctx, node.caption, tableNode, left, width);
  const flow = new TableFlow(ctx, header);
  if (header.length > 0) {
    const head = ctx.struct('THead', tableNode);
    for (const row of header) flow.drawRow(row, new RowTags(head));
  }
  const tbody = ctx.struct('TBody', tableNode);
  for (const row of body) flow.drawRow(row, new RowTags(tbody));
  ctx.space(SPACING.paragraphAfter + (ctx.compact ? 0 : 2));
};

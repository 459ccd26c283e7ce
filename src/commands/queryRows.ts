// The queries list as rows a service lead reads: one per query, in the words and columns of the spreadsheet they get.
import type { Analysis } from '../analyse/types.js';
import { formatWhere } from '../diagnostics.js';

export const QUERY_COLUMNS = ['Indicator', 'Title', 'Quarter', 'Cell', 'Figure', 'Reason', 'What to check', 'Held from papers', 'Confirmed'] as const;

export type QueryRow = Record<(typeof QUERY_COLUMNS)[number], string>;

/** `Held from papers`: the figure is the report quarter's and the query doubts it, so the papers do not state it. */
export function queryRows(analysis: Analysis): QueryRow[] {
  return analysis.indicators.flatMap((a) =>
    a.queries.map((q) => ({
      Indicator: q.id,
      Title: a.title,
      Quarter: String(q.period),
      Cell: formatWhere(q.where),
      Figure: q.figure === null ? '' : String(q.figure),
      Reason: q.reason,
      'What to check': q.check,
      'Held from papers': q.doubtsFigure && !q.confirmed && String(q.period) === String(a.period) ? 'yes' : 'no',
      Confirmed: q.confirmed ? 'yes' : 'no',
    })),
  );
}

/** The `queries` section of `analyse --json` and the run manifest. */
export function queriesJson(analysis: Analysis) {
  return analysis.queries.map((q) => ({
    id: q.id,
    period: q.period,
    code: q.code,
    where: formatWhere(q.where),
    figure: q.figure,
    reason: q.reason,
    check: q.check,
    doubtsFigure: q.doubtsFigure,
    confirmed: q.confirmed,
  }));
}

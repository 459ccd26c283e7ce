// A representative cabinet paper as a literal Document tree: front sheet, numbered sections, box, lists, a long
// RAG table that spans pages (one cell longer than a page), a trend chart, a page break and a contents list.
import type { Block, Document, Inline, Status, TableCell, TableRow } from '../../../src/model/types.js';
import { defaultHouseStyle } from '../../../src/model/builders.js';

export const t = (value: string): Inline => ({ type: 'text', value });
export const p = (number: string | null, ...children: Inline[]): Block => ({ type: 'paragraph', number, children });
export const h = (level: 1 | 2 | 3, number: string | null, text: string): Block => ({ type: 'heading', level, number, children: [t(text)] });
export const cell = (text: string, status: Status | null = null): TableCell => ({ type: 'tableCell', children: [t(text)], status });
export const row = (...cells: TableCell[]): TableRow => ({ type: 'tableRow', cells });

const SERVICES = ['Adult Social Care', 'Children’s Services', 'Housing', 'Environment', 'Finance', 'Public Health'];
const STATUSES: Status[] = ['green', 'amber', 'red', 'green', 'green', 'amber'];

function indicatorRows(count: number): TableRow[] {
  return Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length] ?? 'green';
    const word = status === 'red' ? 'Red' : status === 'amber' ? 'Amber' : 'Green';
    return row(
      cell(`NI ${100 + i}`),
      cell(`${SERVICES[i % SERVICES.length] ?? ''}: percentage of cases completed within timescale`),
      cell(`${(60 + ((i * 7) % 35)).toFixed(1)}%`),
      cell('≥ 75.0%'),
      cell(`${word} ${status === 'red' ? '▼' : '▲'}`, status),
    );
  });
}

export const LONG_CELL_SENTENCE =
  'The service has reviewed every referral received in the quarter and agreed a recovery plan with partners, including weekly case audits and additional duty capacity. ';

/** Text that, in a narrow table column, is taller than a whole A4 page. */
export const longCellText = (): string => LONG_CELL_SENTENCE.repeat(40).trim();

export function cabinetPaper(): Document {
  const rows = indicatorRows(46);
  rows.splice(20, 0, row(cell('NI 68'), cell(longCellText()), cell('64.7%'), cell('≥ 72.0%'), cell('Red ▼', 'red')));
  return {
    type: 'document',
    style: defaultHouseStyle,
    meta: {
      title: 'Quarter 3 2024/25 Performance Report',
      subject: 'Corporate performance scorecard, quarter 3',
      author: 'Wirral Council, Performance and Intelligence',
      keywords: ['performance', 'cabinet'],
      language: 'en-GB',
      date: '2025-01-12',
    },
    furniture: { header: 'Cabinet – 12 January 2025', footer: 'Quarter 3 2024/25 Performance Report' },
    children: [
      h(1, null, 'Quarter 3 2024/25 Performance Report'),
      {
        type: 'table',
        role: 'keyValue',
        caption: null,
        columns: [{ align: 'left', width: 1 }, { align: 'left', width: 3 }],
        header: [],
        rows: [
          row(cell('Meeting'), cell('Cabinet')),
          row(cell('Date'), cell('12 January 2025')),
          row(cell('Report of'), cell('Director of Resources (Łukasz Nowak)')),
          row(cell('Key decision'), cell('No ✓')),
        ],
      },
      { type: 'toc', title: 'Contents' },
      h(2, '1', 'Executive summary'),
      p('1.1', t('This report presents the position at the end of quarter 3 against the '), { type: 'strong', children: [t('Council Plan')] }, t(' indicators. Of 47 indicators, 30 are on target and 8 are '), { type: 'emphasis', children: [t('red')] }, t('; budget variance is £1.2m – see the '), { type: 'link', url: 'https://www.wirral.gov.uk/performance', children: [t('performance pages')] }, t('.')),
      {
        type: 'box',
        title: 'Recommendations',
        children: [
          p(null, t('Cabinet is asked to:')),
          {
            type: 'list',
            ordered: true,
            start: 1,
            number: null,
            items: [
              { type: 'listItem', children: [p(null, t('note the performance position at the end of quarter 3; and'))] },
              { type: 'listItem', children: [p(null, t('agree the actions set out in section 3 for the indicators that are red for two or more consecutive quarters.'))] },
            ],
          },
        ],
      },
      h(2, '2', 'Background'),
      p('2.1', t('The LSP Executive Board agreed at its meeting of 11 November 2009 that should an improvement target underperform for two or more consecutive quarters the delivery plan will be reported to a subsequent board.')),
      p('2.2', t('Positive forces identified by other authorities were:')),
      {
        type: 'list',
        ordered: false,
        start: 1,
        number: null,
        items: [
          { type: 'listItem', children: [p(null, t('Reduction in the numbers of referrals through greater clarity of thresholds with partners'))] },
          {
            type: 'listItem',
            children: [
              p(null, t('Appropriate decision making at referral, including:')),
              {
                type: 'list',
                ordered: false,
                start: 1,
                number: null,
                items: [
                  { type: 'listItem', children: [p(null, t('signposting at first contact'))] },
                  { type: 'listItem', children: [p(null, t('effective multi-agency assessment teams'))] },
                ],
              },
            ],
          },
          { type: 'listItem', children: [p(null, t('Development of a strategy to respond to domestic violence'), { type: 'break' }, t('(agreed March 2010)'))] },
        ],
      },
      h(2, '3', 'Performance by indicator'),
      h(3, '3.1', 'Indicators at a glance'),
      {
        type: 'figure',
        chart: {
          kind: 'trend',
          title: 'NI 68 Referrals going on to initial assessment',
          unit: '%',
          valueSuffix: '%',
          decimals: 1,
          points: [
            { period: 'Q1 2023/24', value: 58.2, target: 70, status: 'red' },
            { period: 'Q2 2023/24', value: 60.4, target: 70, status: 'red' },
            { period: 'Q3 2023/24', value: 64.7, target: 72, status: 'amber' },
            { period: 'Q4 2023/24', value: 69.0, target: 72, status: 'amber' },
          ],
        },
        alt: 'Line chart: referrals going on to initial assessment rose from 58.2% in Q1 2023/24 to 69.0% in Q4 2023/24, below the target of 72%.',
        caption: 'Figure 1: NI 68 referrals going on to initial assessment, by quarter',
        widthMm: 160,
        heightMm: 80,
      },
      h(3, '3.2', 'All indicators'),
      p('3.2.1', t('Table 1 lists every indicator with its latest value, target and status (≥ means at or above).')),
      {
        type: 'table',
        role: 'data',
        caption: 'Table 1: Council Plan indicators, quarter 3 2024/25',
        columns: [
          { align: 'left', width: 1 },
          { align: 'left', width: 4 },
          { align: 'right', width: 1.2 },
          { align: 'right', width: 1.2 },
          { align: 'left', width: 1.2 },
        ],
        header: [row(cell('Ref'), cell('Indicator'), cell('Value'), cell('Target'), cell('Status'))],
        rows,
      },
      { type: 'pageBreak' },
      h(2, '4', 'Contact'),
      p('4.1', t('Report author: Jane Smith, Performance Manager – telephone 0151 606 2000.')),
    ],
  };
}

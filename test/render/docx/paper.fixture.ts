// A representative cabinet paper as a literal Document tree: every block type, numbering, RAG rows over pages.

import type { Block, ChartSpec, Document, Inline, Status, TableRow } from '../../../src/model/types.js';
import { defaultHouseStyle } from '../../../src/model/builders.js';

const t = (value: string): Inline => ({ type: 'text', value });
const para = (number: string | null, ...children: Inline[]): Block => ({ type: 'paragraph', number, children });
const item = (value: string) => ({ type: 'listItem' as const, children: [para(null, t(value))] });

const statuses: Status[] = ['red', 'amber', 'green'];
const statusWord = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** 60 indicators: enough rows that the table runs over two pages and its header must repeat. */
function indicatorRows(count: number): TableRow[] {
  return Array.from({ length: count }, (_, index) => {
    const status = statuses[index % 3] ?? 'green';
    return {
      type: 'tableRow',
      cells: [
        { type: 'tableCell', status: null, children: [t(`NI ${100 + index}`)] },
        { type: 'tableCell', status: null, children: [t(`Indicator number ${index + 1} of the corporate scorecard`)] },
        { type: 'tableCell', status: null, children: [t(`${(60 + (index % 30)).toFixed(1)}%`)] },
        { type: 'tableCell', status: null, children: [t('72.0%')] },
        { type: 'tableCell', status, children: [t(statusWord[status])] },
      ],
    };
  });
}

export const trendChart: ChartSpec = {
  kind: 'trend',
  title: 'NI 68 Referrals going on to initial assessment',
  unit: '%',
  valueSuffix: '%',
  decimals: 1,
  points: [
    { period: 'Q1 2024/25', value: 58.2, target: 72, status: 'red' },
    { period: 'Q2 2024/25', value: 60.4, target: 72, status: 'red' },
    { period: 'Q3 2024/25', value: 64.7, target: 72, status: 'amber' },
    { period: 'Q4 2024/25', value: 70.1, target: 72, status: 'amber' },
  ],
};

export function cabinetPaper(indicatorCount = 60): Document {
  return {
    type: 'document',
    style: defaultHouseStyle,
    meta: {
      title: 'Corporate Performance Report Quarter 3 2024/25',
      subject: 'Quarterly performance scorecard',
      author: 'Corporate Performance Team',
      keywords: ['performance', 'cabinet', 'Q3 2024/25'],
      language: 'en-GB',
      date: '2025-01-12',
    },
    furniture: { header: 'Cabinet – 12 January 2025', footer: 'Corporate Performance Report Q3' },
    children: [
      { type: 'paragraph', number: null, children: [{ type: 'strong', children: [t('Wirral Borough Council')] }] },
      { type: 'heading', level: 1, number: null, children: [t('Corporate Performance Report Quarter 3 2024/25')] },
      {
        type: 'table',
        role: 'keyValue',
        caption: null,
        columns: [
          { align: 'left', width: 1 },
          { align: 'left', width: 2 },
        ],
        header: [],
        rows: [
          { type: 'tableRow', cells: [{ type: 'tableCell', status: null, children: [t('Committee')] }, { type: 'tableCell', status: null, children: [t('Cabinet')] }] },
          { type: 'tableRow', cells: [{ type: 'tableCell', status: null, children: [t('Date')] }, { type: 'tableCell', status: null, children: [t('12 January 2025')] }] },
          { type: 'tableRow', cells: [{ type: 'tableCell', status: null, children: [t('Report of')] }, { type: 'tableCell', status: null, children: [t('Director of Corporate Services')] }] },
        ],
      },
      { type: 'toc', title: 'Contents' },
      { type: 'heading', level: 1, number: '1', children: [t('Executive summary')] },
      para('1.1', t('This report presents the position at the end of Quarter 3 against the '), { type: 'emphasis', children: [t('Corporate Plan')] }, t(' indicators.')),
      para('1.2', t('Of 60 indicators, 20 are rated '), { type: 'strong', children: [t('Red')] }, t(', 20 Amber and 20 Green.'), { type: 'break' }, t('Details follow in section 3.')),
      {
        type: 'box',
        title: 'Recommendations',
        children: [
          para(null, t('Cabinet is asked to:')),
          { type: 'list', ordered: true, start: 1, number: null, items: [item('note the performance at Quarter 3;'), item('agree the exception reports for indicators red for two quarters.')] },
        ],
      },
      { type: 'heading', level: 1, number: '2', children: [t('Background')] },
      para('2.1', t('The LSP Executive Board agreed that an improvement target red for two or more consecutive quarters is reported to the board.')),
      para(null, t('An un-numbered continuation paragraph lines up with the numbered text. See '), { type: 'link', url: 'https://www.wirral.gov.uk/', children: [t('the council website')] }, t('.')),
      { type: 'heading', level: 2, number: '2.2', children: [t('Positive forces')] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        number: null,
        items: [
          item('Reduction in the numbers of referrals through greater clarity of thresholds'),
          {
            type: 'listItem',
            children: [
              para(null, t('Appropriate decision making at referral')),
              { type: 'list', ordered: true, start: 3, number: null, items: [item('first nested step, numbered from 3'), item('second nested step')] },
            ],
          },
          item('Effective multi-agency assessment teams'),
        ],
      },
      { type: 'list', ordered: true, start: 1, number: '2.3', items: [item('Lack of resources'), item('High caseloads')] },
      { type: 'heading', level: 1, number: '3', children: [t('Performance in Wirral')] },
      {
        type: 'figure',
        chart: trendChart,
        alt: 'Line chart: referrals going on to initial assessment rose from 58.2% in Q1 to 70.1% in Q4, below the 72% target.',
        caption: 'Figure 1: NI 68 trend against target',
        widthMm: 150,
        heightMm: 80,
      },
      { type: 'heading', level: 3, number: '3.1', children: [t('All indicators')] },
      {
        type: 'table',
        role: 'data',
        caption: 'Table 1: Indicators at Quarter 3',
        columns: [
          { align: 'left', width: 1 },
          { align: 'left', width: 4 },
          { align: 'right', width: 1 },
          { align: 'right', width: 1 },
          { align: 'center', width: null },
        ],
        header: [
          {
            type: 'tableRow',
            cells: ['Ref', 'Indicator', 'Value', 'Target', 'Status'].map((label) => ({ type: 'tableCell' as const, status: null, children: [t(label)] })),
          },
        ],
        rows: indicatorRows(indicatorCount),
      },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, number: null, children: [t('Appendix: background papers')] },
      para(null, t('None.')),
    ],
  };
}

/** A transparent 1×1 PNG: unit tests check structure, not the chart, and need no canvas. */
export const onePixelPng = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);
export const fakeChart = async (): Promise<Uint8Array> => onePixelPng;

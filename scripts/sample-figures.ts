// The sample scorecard's figures: ILLUSTRATIVE. Drawn from published council papers (../shared/seeds) and DfE
// England averages (../shared/realdata), placed on one made-up council's timeline; not any council's real return.
export const periods = ['2007-08 Q4', '2008-09 Q1', '2008-09 Q2', '2008-09 Q3', '2008-09 Q4', '2009-10 Q1', '2009-10 Q2', '2009-10 Q3'];

export interface SampleIndicator {
  id: string;
  title: string;
  theme: string;
  polarity: 'higher' | 'lower' | null;
  unit: 'percent' | 'number' | 'rate' | 'days' | 'currency';
  decimals?: number;
  target?: number;
  tolerance?: number;
  ratePer?: number;
  owner: string;
  definition?: string;
  rationale?: string;
  numeratorLabel?: string;
  denominatorLabel?: string;
  /** One per period; null is a gap. */
  values: (number | null)[];
  numerator?: (number | null)[];
  denominator?: (number | null)[];
  statisticalNeighbours?: (number | null)[];
  england?: (number | null)[];
}

const none = (n: number): null[] => Array.from({ length: n }, () => null);

export const indicators: SampleIndicator[] = [
  {
    id: 'NI68',
    title: "Referrals to children's social care going on to initial assessment",
    theme: 'Front door',
    polarity: 'higher',
    unit: 'percent',
    target: 72,
    owner: "Head of Branch, Children's Social Care",
    definition:
      "The percentage of referrals made to Children's Social Care which progress to an Initial Assessment. A referral is a request for services to be provided by Children's Social Care, for children previously unknown or whose cases have been closed.",
    rationale:
      "It is important that local authorities respond to and address concerns in a timely and efficient way and ensure that all referrals to Children's Social Care are followed up where appropriate. The indicator is a proxy for the appropriateness of referrals and for the thresholds applied at a local level.",
    numeratorLabel: 'children who went on to receive an Initial Assessment during the year',
    denominatorLabel: "children referred into Children's Social Care during the year",
    values: [63.8, 65.2, 66.9, 67.5, 69.1, 68.6, 60.4, 64.7],
    numerator: [null, null, null, null, null, null, 1089, 1732],
    denominator: [null, null, null, null, null, null, 1803, 2677],
  },
  {
    id: 'NI65',
    title: "Re-referrals to children's social care within 12 months",
    theme: 'Front door',
    polarity: 'lower',
    unit: 'percent',
    target: 23.9,
    owner: 'Head of Referral and Assessment',
    definition: 'The percentage of referrals to children’s social care within 12 months of a previous referral.',
    rationale: 'Few re-referrals show that the original referral was adequately worked.',
    numeratorLabel: 'referrals that were repeats within 12 months',
    denominatorLabel: 'referrals in the period',
    values: [27.5, 26.8, 26.0, 25.1, 24.6, 24.2, 22.9, 21.5],
    numerator: [null, null, null, null, null, null, 47, 48],
    denominator: [null, null, null, null, null, null, 205, 223],
    statisticalNeighbours: [25.9, 25.6, 25.4, 25.1, 24.8, 24.5, 24.2, 24.0],
    england: [25.2, 25.3, 25.5, 25.6, 25.8, 25.9, 26.0, 26.1],
  },
  {
    id: 'REF01',
    title: 'Rate of referrals per 10,000 children',
    theme: 'Front door',
    polarity: null,
    unit: 'rate',
    ratePer: 10000,
    owner: 'Head of Referral and Assessment',
    definition: 'Referrals to children’s social care in the year to date, per 10,000 children aged under 18.',
    values: [347.2, 362.0, 381.4, 402.9, 455.5, 431.0, 392.6, 358.0],
    statisticalNeighbours: [525.1, 527.3, 530.0, 533.8, 538.7, 538.7, 538.7, 538.7],
    england: [573.0, 569.4, 563.2, 555.9, 548.3, 548.3, 548.3, 548.3],
  },
  {
    id: 'CONT01',
    title: "Contacts received by children's social care",
    theme: 'Front door',
    polarity: null,
    unit: 'number',
    owner: 'Head of Referral and Assessment',
    values: [612, 640, 655, 702, 731, 759, 802, 891],
  },
  {
    id: 'IA01',
    title: 'Initial assessments completed within 7 working days',
    theme: 'Assessment',
    polarity: 'higher',
    unit: 'percent',
    target: 75,
    owner: 'Head of Referral and Assessment',
    definition: 'The percentage of initial assessments completed within 7 working days of referral.',
    numeratorLabel: 'initial assessments completed in time',
    denominatorLabel: 'initial assessments completed',
    values: [71.2, 73.5, 74.0, 72.8, 70.1, 66.2, 67.1, 60.4],
    numerator: [null, null, null, null, null, null, 147, 134],
    denominator: [null, null, null, null, null, null, 219, 222],
    england: [70.5, 70.9, 71.2, 71.6, 72.0, 72.3, 72.5, 72.8],
  },
  {
    id: 'CA01',
    title: 'Core assessments completed within 35 working days',
    theme: 'Assessment',
    polarity: 'higher',
    unit: 'percent',
    target: 75.1,
    owner: 'Head of Referral and Assessment',
    numeratorLabel: 'core assessments completed in time, year to date',
    denominatorLabel: 'core assessments completed, year to date',
    values: [70.2, 72.5, 74.8, 76.0, 78.3, 83.7, 79.9, 77.6],
    numerator: [null, null, null, null, null, null, 258, 312],
    denominator: [null, null, null, null, null, null, 323, 402],
  },
  {
    id: 'EH01',
    title: 'Early help assessments (CAF) completed per 10,000 children',
    theme: 'Early help',
    polarity: 'higher',
    unit: 'rate',
    ratePer: 10000,
    target: 80.8,
    owner: 'Head of Early Help',
    values: [45.2, 52.0, 61.3, 70.5, 78.1, 96.4, 110.7, 125.1],
  },
  {
    id: 'CP01',
    title: 'Child protection plans starting that were a second or subsequent plan',
    theme: 'Child protection',
    polarity: 'lower',
    unit: 'percent',
    target: 15,
    owner: 'Head of Safeguarding',
    values: [18.8, 17.9, 17.1, 16.2, 15.4, 14.8, 13.9, 13.4],
    england: [13.4, 13.5, 13.5, 13.6, 13.6, 13.7, 13.8, 13.8],
  },
  {
    id: 'CP02',
    title: 'Child protection plans lasting two years or more',
    theme: 'Child protection',
    polarity: 'lower',
    unit: 'percent',
    target: 6,
    owner: 'Head of Safeguarding',
    values: [5.1, 5.6, 6.2, 6.8, 7.0, 6.0, 6.9, 6.3],
  },
  {
    id: 'CP03',
    title: 'Initial child protection conferences held within 15 working days',
    theme: 'Child protection',
    polarity: 'higher',
    unit: 'percent',
    target: 90,
    owner: 'Head of Safeguarding',
    values: [78.4, 80.1, 82.6, 85.0, 83.3, 86.2, 87.9, 88.0],
  },
  {
    id: 'LAC01',
    title: 'Children looked after per 10,000 children',
    theme: 'Looked after children',
    polarity: null,
    unit: 'rate',
    ratePer: 10000,
    decimals: 0,
    owner: 'Head of Children in Care',
    values: [74, 75, 76, 77, 79, 80, 82, 80],
    england: [55, 55, 56, 57, 58, 58, 59, 60],
  },
  {
    id: 'LAC02',
    title: 'Looked-after children with three or more placements in the year',
    theme: 'Looked after children',
    polarity: 'lower',
    unit: 'percent',
    target: 10,
    tolerance: 1,
    owner: 'Head of Children in Care',
    values: [12.4, 11.9, 11.5, 11.0, 10.8, 10.4, 10.1, 9.8],
    england: [11, 11, 11, 11, 10, 10, 10, 10],
  },
  {
    id: 'ADO01',
    title: 'Average days between entering care and moving in with an adoptive family',
    theme: 'Looked after children',
    polarity: 'lower',
    unit: 'days',
    target: 426,
    owner: 'Head of Adoption',
    values: [610, 598, 580, 571, 540, 515, 478, 445],
  },
  {
    id: 'CL01',
    title: 'Care leavers aged 19 to 21 in education, employment or training',
    theme: 'Care leavers',
    polarity: 'higher',
    unit: 'percent',
    target: 60,
    owner: 'Head of Leaving Care',
    values: [52.0, 53.4, null, 55.1, 56.0, 55.4, 57.2, 58.0],
    england: [54, 54, 54, 54, 54, 54, 54, 54],
  },
  {
    id: 'WF01',
    title: 'Spend on agency social workers in the quarter',
    theme: 'Workforce',
    polarity: 'lower',
    unit: 'currency',
    target: 800000,
    owner: 'Head of Business Support',
    values: [955000, 912400, 887000, 845500, 812300, 798000, 781250, 802900],
  },
];

export interface SampleCommentary {
  id: string;
  period: string;
  section: string;
  text: string;
}

export const commentary: SampleCommentary[] = [
  {
    id: 'NI68',
    period: '2009-10 Q3',
    section: 'learning',
    text: [
      'A regional project on pathways to support considered each relevant National Indicator, drawing evidence from the three authorities with the highest and three with the lowest performance. It concluded that lower conversion rates suggest referrals are not made appropriately and that resources are wasted in processing them.',
      'Authorities identified the following as positive forces:',
      '- Reduction in the numbers of referrals through greater clarity of thresholds with partners\n- Appropriate signposting at first contact, reducing unnecessary referral rates\n- Effective multi-agency assessment teams',
    ].join('\n\n'),
  },
  {
    id: 'NI68',
    period: '2009-10 Q3',
    section: 'local',
    text: [
      'Local performance is showing some in-year improvement. This is attributable to:',
      '- Recruiting a dedicated manager to provide managerial oversight at the central advice and duty team\n- Recruiting additional social workers and maintaining a full complement in each assessment team\n- Scrutinising incoming work through a weekly meeting chaired by the Strategic Service Manager',
    ].join('\n\n'),
  },
  {
    id: 'NI68',
    period: '2009-10 Q3',
    section: 'actions',
    text: [
      'Further action to accelerate the pace of change includes:',
      '- Implementing the revised management structure, with 4 Principal Team Managers in post from 1 March 2010\n- Launching the revised Integrated Working Guide across the partnership so that thresholds are understood consistently\n- Embedding improved casefile auditing processes, introduced in September 2009',
    ].join('\n\n'),
  },
  {
    id: 'NI68',
    period: '2009-10 Q3',
    section: 'conclusion',
    text:
      'A higher number of referrals have progressed to an Initial Assessment, although the percentage progressing has remained fairly constant. Three strands of activity (common assessments, multi-agency scrutiny of thresholds, and training for staff managing referrals) will support delivery of the target.',
  },
  {
    id: 'NI65',
    period: '2009-10 Q3',
    section: 'position',
    text:
      'Out of the 223 referrals, 48 were repeats within 12 months. It is important to have few re-referrals because a re-referral can mean that the original referral was not adequately worked.',
  },
  {
    id: 'CONT01',
    period: '2009-10 Q3',
    section: 'position',
    text:
      'The rise in contacts did not lead to a large rise in the number of referrals. We are looking at who the contacts were from and what they were about.',
  },
  {
    id: 'EH01',
    period: '2009-10 Q3',
    section: 'position',
    text:
      "More assessments and interventions with families are taking place at an earlier stage: a child and family's needs are being identified sooner and support provided.",
  },
];

// The config's schemas (zod), loaded only to check a config file: a command given no config file never loads zod.
// `npm run schemas` writes configSchema out as schemas/boardpack.config.schema.json.
import { z } from 'zod';
import { parseConfirmation } from './analyse/queries/confirmations.js';
import { contrastRatio, normaliseHexColour, textColourOn, WHITE } from './colour.js';
import { isIsoDate, resolveConfig, type ConfigResult } from './config.js';
import { configIssueMessages } from './configErrors.js';
import { error } from './diagnostics.js';
import { CHART_CHOICES, NARRATIVE_PAPERS, SECTION_PLACES, type NarrativeInput, type NarrativePaper } from './narrativeConfig.js';
import { MEASURE_TYPES, type MeasureType } from './read/types.js';

// The house style (`style:`).
/** WCAG 2.x: text needs 4.5:1, graphics (rules, chart lines) 3:1. */
const TEXT_CONTRAST = 4.5;
const GRAPHICS_CONTRAST = 3;

function colour(minimum: number, use: string) {
  return z.string().superRefine((text, ctx) => {
    const hex = normaliseHexColour(text);
    if (hex === null) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a colour: write it as #rrggbb, e.g. "#1d70b8"` });
      return;
    }
    const ratio = use === 'table header fill' ? contrastRatio(hex, textColourOn(hex)) : contrastRatio(hex, WHITE);
    if (ratio < minimum) {
      const against = use === 'table header fill' ? 'its text' : 'white';
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" has a contrast of ${ratio.toFixed(2)}:1 against ${against}; ${use} needs at least ${minimum}:1 (WCAG 2), so choose a darker shade`,
      });
    }
  });
}

const plainLine = z.string().min(1).max(200);

export const houseStyleSchema = z
  .object({
    font: z
      .object({
        /** The family name Word shows (e.g. Arial). */
        name: z.string().min(1).max(100),
        /** TTF or OTF files, relative to the config file. Without them the PDF uses the bundled Liberation Sans. */
        regular: z.string().min(1).optional(),
        bold: z.string().min(1).optional(),
        italic: z.string().min(1).optional(),
        boldItalic: z.string().min(1).optional(),
        /** Also embed the font files in the DOCX (only where the font's licence allows it). */
        embedInDocx: z.boolean().optional(),
      })
      .strict()
      .optional(),
    logo: z
      .object({
        /** A PNG or JPEG file, relative to the config file. */
        file: z.string().min(1),
        /** What the logo says, for screen readers (e.g. "Hart District Council"). */
        alt: z.string().min(1).max(250),
        widthMm: z.number().min(10).max(80).optional(),
      })
      .strict()
      .optional(),
    colours: z
      .object({
        heading: colour(TEXT_CONTRAST, 'heading text').optional(),
        accent: colour(GRAPHICS_CONTRAST, 'an accent colour (rules, borders, chart lines)').optional(),
        tableHeader: colour(TEXT_CONTRAST, 'table header fill').optional(),
      })
      .strict()
      .optional(),
    header: plainLine.optional(),
    footer: plainLine.optional(),
  })
  .strict()
  .refine((style) => style.font === undefined || style.font.regular !== undefined || [style.font.bold, style.font.italic, style.font.boldItalic].every((f) => f === undefined), {
    message: 'font: give the regular face (font.regular) as well as any bold or italic file',
  });

export type UserHouseStyle = z.infer<typeof houseStyleSchema>;

// The paper's own words (`narrative:`) and its charts (`charts:`).
/** One text, or a list of them, in YAML: `recommendations: "To note …"` or a list. */
const textList = z.union([z.string().min(1).transform((t) => [t]), z.array(z.string().min(1))]);

const narrativeFields = {
  title: z.string().min(1).optional(),
  purpose: z.string().min(1).optional(),
  recommendations: textList.optional(),
  reasons: z.string().min(1).optional(),
  implications: z.record(z.string().min(1), z.string().min(1)).optional(),
  consultation: z.string().min(1).optional(),
  backgroundPapers: textList.optional(),
  appendices: textList.optional(),
  glossary: z.record(z.string().min(1), z.string().min(1)).optional(),
  affected: z.string().min(1).optional(),
  signature: z.string().min(1).optional(),
  sections: z
    .array(z.object({ title: z.string().min(1), text: z.string().min(1), after: z.enum(SECTION_PLACES).default('performance') }).strict())
    .optional(),
};

const narrativeOwn = z.object(narrativeFields).strict();

/** `narrative:` in the config: what every paper says, and under `cabinet:`, `scrutiny:` … what one paper says instead. */
export const narrativeSchema = z
  .object({ ...narrativeFields, ...Object.fromEntries(NARRATIVE_PAPERS.map((p) => [p, narrativeOwn.optional()])) })
  .strict() as unknown as z.ZodType<NarrativeInput & Partial<Record<NarrativePaper, NarrativeInput>>>;

const chartChoice = z.enum(CHART_CHOICES);
/** `charts: red` for every paper, or `charts: {cabinet: all, summary: red}`. */
export const chartsSchema = z.union([chartChoice, z.object({ cabinet: chartChoice.optional(), scrutiny: chartChoice.optional(), summary: chartChoice.optional() }).strict()]);

export type UserCharts = z.infer<typeof chartsSchema>;

// The paper config.
const person = z
  .object({
    name: z.string().min(1).describe('Their name, as the paper prints it'),
    title: z.string().optional().describe('Their job title'),
    telephone: z.string().optional(),
    email: z.string().optional(),
  })
  .strict()
  .meta({ id: 'person', description: 'A person the papers name: name, and optionally title, telephone and email' });

export const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');

const meeting = z
  .object({
    committee: z.string().min(1).optional().describe('The meeting the paper goes to, e.g. Cabinet'),
    date: isoDate.optional().describe("The meeting's date, YYYY-MM-DD: the papers are dated with it unless --date is given"),
    agendaItem: z.string().optional().describe('The agenda item number, e.g. 7'),
    status: z.enum(['Public', 'Exempt']).optional().describe('Public (the default) or Exempt'),
    cabinetMembers: z.array(z.string()).optional().describe('The cabinet members responsible, by name'),
    wards: z.string().optional().describe('The wards affected (default All)'),
  })
  .strict()
  .meta({ id: 'meeting', description: 'A meeting: committee, date, agenda item, status, cabinet members, wards' });

/** The paper config's schema (also written out as schemas/boardpack.config.schema.json by `npm run schemas`). */
export const configSchema = z
  .object({
    council: z.string().min(1).optional().describe("The council's name, e.g. Hart District Council"),
    partnership: z.string().min(1).optional().describe("The Local Strategic Partnership's name, for the LSP exception reports"),
    directorate: z.string().min(1).optional().describe('The directorate the papers come from'),
    meeting: meeting.optional().describe('The meeting every paper goes to, unless meetings gives a paper its own'),
    meetings: z
      .object({ cabinet: meeting.optional(), scrutiny: meeting.optional(), summary: meeting.optional(), exceptions: meeting.optional() })
      .strict()
      .optional()
      .describe('Where a paper goes to another meeting (a scrutiny pack to a scrutiny panel): only what differs from meeting'),
    contactOfficers: z.array(person).optional().describe('The contact officers printed on the papers'),
    author: person.optional().describe("The report's author"),
    exceptions: z
      .object({
        threshold: z.number().int().min(1).max(12).optional().describe('Consecutive red quarters that make an exception (default 2)'),
        boardName: z.string().optional().describe('The board the exception reports go to (default LSP Executive Board)'),
        rule: z.string().optional().describe("The board's rule for exception reports, in its own words"),
      })
      .strict()
      .optional()
      .describe('The LSP exception rule'),
    templates: z.string().optional().describe("A council's own templates folder, relative to this file: its templates replace the built-in ones of the same name"),
    area: z.string().min(1).optional().describe('In a long open-data file with one row per area per quarter: the council whose rows to read, its name or code as the file writes it'),
    neighbours: z
      .array(z.string().min(1))
      .optional()
      .describe("The council's statistical neighbours in such a file (names or codes): the mean of their rows is the statistical neighbours' comparator"),
    measureType: z.enum(MEASURE_TYPES as [MeasureType, ...MeasureType[]]).optional().describe('How an indicator without a Measure type column entry is counted (default snapshot)'),
    comparators: z
      .object({ national: z.string().min(1).optional(), region: z.string().min(1).optional() })
      .strict()
      .optional()
      .describe("How the papers name the national and regional comparators (default: the scorecard's column headers, else England)"),
    noiseBands: z.record(z.string(), z.number().nonnegative()).optional().describe('Per indicator ID, the movement below which the papers say "broadly unchanged" (default half the tolerance)'),
    limits: z
      .object({ maxPapers: z.number().int().positive().max(100_000).optional() })
      .strict()
      .optional()
      .describe('The most papers one build may make (maxPapers, default 200); more stops the build, naming the count, before any is rendered'),
    narrative: narrativeSchema.optional().describe("The paper's own words (title, purpose, recommendations, implications ...), shared and per paper"),
    charts: chartsSchema.optional().describe('Which indicators get a trend chart: all, red (red or in exception) or none, for every paper or per paper'),
    queries: z
      .object({
        confirmed: z
          .array(z.string().refine((entry) => parseConfirmation(entry) !== null, 'must be an indicator ID, or an ID and a quarter such as "IT06 2014-15 Q2"'))
          .optional()
          .describe('Data queries checked with the service: HR05 (all of an indicator\'s) or IT06 2014-15 Q2 (one quarter\'s figure)'),
      })
      .strict()
      .optional()
      .describe('Data queries confirmed with the service'),
    style: houseStyleSchema.optional().describe("The council's house style: font, logo, colours, running header and footer"),
  })
  .strict();

export type UserConfig = z.infer<typeof configSchema>;
export type UserMeeting = z.infer<typeof meeting>;
export type Person = z.infer<typeof person>;

/**
 * Validates an already-parsed config object; every problem is reported at once, in words, with its path (after
 * `prefix`, where the config sits inside another, as a run config's `jobs.0.paperConfig`).
 */
export function validateConfig(raw: unknown, file: string, prefix: readonly PropertyKey[] = []): ConfigResult {
  const parsed = configSchema.safeParse(raw ?? {});
  if (parsed.success) return { config: resolveConfig(parsed.data), diagnostics: [] };
  const messages = configIssueMessages(configSchema, parsed.error.issues, raw ?? {}, prefix);
  return { config: null, diagnostics: messages.map((message) => error('config-invalid', message, { file })) };
}

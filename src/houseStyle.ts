// The config's `style:` (a council's font, logo, colours, header and footer) → a checked HouseStyle for the renderers.
import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { contrastRatio, normaliseHexColour, textColourOn, WHITE } from './colour.js';
import { error, type Diagnostic } from './diagnostics.js';
import { fontDamage, jpegDamage, pngDamage } from './houseStyleFiles.js';
import { defaultHouseStyle } from './model/builders.js';
import type { FontFiles, HouseStyle } from './model/types.js';

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

/** The house style with files as given (relative to the config); loadHouseStyleFiles makes them absolute and checks them. */
export function resolveHouseStyle(user: UserHouseStyle | undefined): HouseStyle {
  if (user === undefined) return defaultHouseStyle;
  const font = user.font;
  const files: FontFiles | null =
    font?.regular === undefined
      ? null
      : {
          regular: font.regular,
          bold: font.bold ?? font.regular,
          italic: font.italic ?? font.regular,
          boldItalic: font.boldItalic ?? font.bold ?? font.italic ?? font.regular,
        };
  const colourOr = (given: string | undefined, fallback: string): string => (given === undefined ? fallback : (normaliseHexColour(given) ?? fallback));
  return {
    font: { name: font?.name ?? defaultHouseStyle.font.name, files, embedInDocx: font?.embedInDocx ?? false },
    logo: user.logo === undefined ? null : { file: user.logo.file, alt: user.logo.alt, widthMm: user.logo.widthMm ?? 40 },
    colours: {
      heading: colourOr(user.colours?.heading, defaultHouseStyle.colours.heading),
      accent: colourOr(user.colours?.accent, defaultHouseStyle.colours.accent),
      tableHeader: colourOr(user.colours?.tableHeader, defaultHouseStyle.colours.tableHeader),
    },
    header: user.header ?? null,
    footer: user.footer ?? null,
  };
}

type FileKind = 'font' | 'logo';

/** What a file's first bytes say it is, for the kinds a house style takes. */
function sniff(head: Uint8Array): 'ttf' | 'otf' | 'ttc' | 'png' | 'jpeg' | null {
  const hex = Buffer.from(head.subarray(0, 4)).toString('hex');
  if (hex === '00010000' || hex === '74727565') return 'ttf';
  if (hex === '4f54544f') return 'otf';
  if (hex === '74746366') return 'ttc';
  if (hex === '89504e47') return 'png';
  if (hex.startsWith('ffd8ff')) return 'jpeg';
  return null;
}

const MAX_FILE_BYTES = 30 * 1024 * 1024;

async function checkFile(path: string, kind: FileKind): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return 'cannot be read: check the path (it is relative to the config file)';
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return 'is not a file';
    if (stat.size > MAX_FILE_BYTES) return `is ${Math.round(stat.size / 1024 / 1024)} MB; a ${kind} file over 30 MB is refused`;
    const head = new Uint8Array(4);
    await handle.read(head, 0, 4, 0);
    const type = sniff(head);
    if (kind === 'font') {
      if (type === 'ttc') return 'is a font collection (.ttc); give the single TrueType (.ttf) or OpenType (.otf) file of each face';
      if (type !== 'ttf' && type !== 'otf') return 'is not a TrueType (.ttf) or OpenType (.otf) font file';
      const damage = await fontDamage(await handle.readFile());
      return damage === null ? null : `is damaged: ${damage}; copy the font file again from its source, or name another`;
    }
    if (type !== 'png' && type !== 'jpeg') return 'is not a PNG or JPEG picture';
    const bytes = await handle.readFile();
    const damage = type === 'png' ? pngDamage(bytes) : jpegDamage(bytes);
    return damage === null ? null : `is damaged: ${damage}; save the picture again as a PNG or JPEG, or name another`;
  } finally {
    await handle.close();
  }
}

/**
 * Makes the style's files absolute (relative to the config file's folder) and checks each is what it says and whole: a
 * font TTF/OTF that opens and measures text, a logo PNG/JPEG whose structure is complete. Every problem is reported at
 * once, named by its config key.
 */
export async function loadHouseStyleFiles(style: HouseStyle, configDir: string, file: string): Promise<{ style: HouseStyle; diagnostics: Diagnostic[] }> {
  const at = (path: string): string => (isAbsolute(path) ? path : resolve(configDir, path));
  const diagnostics: Diagnostic[] = [];
  const check = async (key: string, path: string, kind: FileKind): Promise<void> => {
    const problem = await checkFile(path, kind);
    if (problem !== null) diagnostics.push(error('config-invalid', `${key}: "${path}" ${problem}`, { file }));
  };
  const files: FontFiles | null =
    style.font.files === null
      ? null
      : { regular: at(style.font.files.regular), bold: at(style.font.files.bold), italic: at(style.font.files.italic), boldItalic: at(style.font.files.boldItalic) };
  if (files !== null) {
    const faces = Object.entries(files) as [keyof FontFiles, string][];
    const seen = new Set<string>();
    for (const [face, path] of faces) {
      if (seen.has(path)) continue;
      seen.add(path);
      await check(`style.font.${face}`, path, 'font');
    }
  }
  const logo = style.logo === null ? null : { ...style.logo, file: at(style.logo.file) };
  if (logo !== null) await check('style.logo.file', logo.file, 'logo');
  return { style: { ...style, font: { ...style.font, files }, logo }, diagnostics };
}

// The config's `style:` (a council's font, logo, colours, header and footer) → a checked HouseStyle for the renderers.
import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { normaliseHexColour } from './colour.js';
import type { UserHouseStyle } from './configSchema.js';
import { error, type Diagnostic } from './diagnostics.js';
import { fontDamage, jpegDamage, pngDamage } from './houseStyleFiles.js';
import { defaultHouseStyle } from './model/builders.js';
import type { FontFiles, HouseStyle } from './model/types.js';


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

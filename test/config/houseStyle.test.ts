import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { createCanvas } from 'canvas';
import { describe, expect, it } from 'vitest';
import { contrastRatio, normaliseHexColour, textColourOn } from '../../src/colour.js';
import { loadConfig } from '../../src/config.js';
import { validateConfig } from '../../src/configSchema.js';
import { defaultHouseStyle } from '../../src/model/builders.js';

const GOOD_FONT = join(process.cwd(), 'templates/fonts/LiberationSans-Regular.ttf');
const GOOD_PNG = join(process.cwd(), 'data/example-council/logo.png');

const messages = (raw: unknown): string[] => validateConfig(raw, 'c.yaml').diagnostics.map((d) => d.message);

describe('house style colours', () => {
  it.each([
    ['#1d70b8', '#1d70b8'],
    ['1D70B8', '#1d70b8'],
    ['#abc', '#aabbcc'],
    ['blue', null],
    ['#12345', null],
  ])('normaliseHexColour(%s) is %s', (text, expected) => expect(normaliseHexColour(text)).toBe(expected));

  it.each([
    // [key, colour, accepted]
    ['heading', '#0b0c0c', true],
    ['heading', '#767676', true], // 4.54:1, just enough for text
    ['heading', '#777777', false], // 4.48:1
    ['accent', '#949494', true], // 3.03:1, enough for graphics
    ['accent', '#959595', false], // 2.99:1
    ['accent', '#ffdd00', false],
    ['tableHeader', '#f3f2f1', true], // near-black text on it
    ['tableHeader', '#1d70b8', true], // white text on it
    ['tableHeader', '#797979', false], // neither black nor white reaches 4.5:1
  ] as const)('colours.%s %s accepted: %s', (key, colour, accepted) => {
    const found = messages({ style: { colours: { [key]: colour } } });
    if (accepted) expect(found).toEqual([]);
    else expect(found.join('\n')).toMatch(new RegExp(`style\\.colours\\.${key}: "${colour}" has a contrast of \\d+\\.\\d\\d:1 against (white|its text); .* needs at least (4\\.5|3):1`));
  });

  it('says how to write a colour that is not one', () => {
    expect(messages({ style: { colours: { accent: 'council blue' } } })).toEqual(['style.colours.accent: "council blue" is not a colour: write it as #rrggbb, e.g. "#1d70b8"']);
  });

  it('text on a fill is whichever of near-black and white reads better', () => {
    for (const fill of ['#f3f2f1', '#1d70b8', '#d4351c', '#ffdd00', '#00703c']) {
      const text = textColourOn(fill);
      const other = text === '#ffffff' ? '#0b0c0c' : '#ffffff';
      expect(contrastRatio(fill, text)).toBeGreaterThanOrEqual(contrastRatio(fill, other));
    }
  });
});

describe('house style from the config', () => {
  it('is the built-in style when the config has none', () => {
    expect(validateConfig({}, 'c.yaml').config?.style).toEqual(defaultHouseStyle);
  });

  it('fills missing faces from the ones given and names the font', () => {
    const style = validateConfig({ style: { font: { name: 'Council Sans', regular: 'r.ttf', bold: 'b.ttf' } } }, 'c.yaml').config?.style;
    expect(style?.font).toEqual({ name: 'Council Sans', files: { regular: 'r.ttf', bold: 'b.ttf', italic: 'r.ttf', boldItalic: 'b.ttf' }, embedInDocx: false });
  });

  it('refuses bold without the regular face, and a logo without alt text', () => {
    expect(messages({ style: { font: { name: 'X', bold: 'b.ttf' } } }).join('\n')).toContain('give the regular face');
    expect(messages({ style: { logo: { file: 'logo.png' } } }).join('\n')).toMatch(/style\.logo\.alt/);
  });

  it('resolves files beside the config and checks what they are, every problem at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'style-'));
    writeFileSync(join(dir, 'font.ttf'), readFileSync(GOOD_FONT));
    writeFileSync(join(dir, 'fake.ttf'), 'not a font at all');
    writeFileSync(join(dir, 'logo.png'), readFileSync(GOOD_PNG));
    writeFileSync(join(dir, 'logo.gif'), 'GIF89a');
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'style:\n  font: { name: Council Sans, regular: font.ttf }\n  logo: { file: logo.png, alt: Sample Council }\n');
    const loaded = await loadConfig(good);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config?.style.font.files?.regular).toBe(join(dir, 'font.ttf'));
    expect(loaded.config?.style.logo).toEqual({ file: join(dir, 'logo.png'), alt: 'Sample Council', widthMm: 40 });

    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'style:\n  font: { name: X, regular: fake.ttf, bold: missing.ttf }\n  logo: { file: logo.gif, alt: Logo }\n');
    const failed = await loadConfig(bad);
    expect(failed.config).toBeNull();
    expect(failed.diagnostics.map((d) => d.message)).toEqual([
      `style.font.regular: "${join(dir, 'fake.ttf')}" is not a TrueType (.ttf) or OpenType (.otf) font file`,
      `style.font.bold: "${join(dir, 'missing.ttf')}" cannot be read: check the path (it is relative to the config file)`,
      `style.logo.file: "${join(dir, 'logo.gif')}" is not a PNG or JPEG picture`,
    ]);
  });
});

/** A good JPEG, as a camera or an image editor writes one (baseline, with its end marker). */
function jpeg(): Buffer {
  const canvas = createCanvas(120, 60);
  const c = canvas.getContext('2d');
  c.fillStyle = '#005a3c';
  c.fillRect(0, 0, 120, 60);
  c.fillStyle = '#ffffff';
  c.fillRect(20, 10, 40, 40);
  return canvas.toBuffer('image/jpeg');
}

/** The offset of a PNG chunk's length field, found by its type. */
function chunkAt(png: Buffer, type: string): number {
  const at = png.indexOf(type, 8, 'latin1') - 4;
  if (at < 8) throw new Error(`no ${type} chunk`);
  return at;
}

/** A PNG whose IHDR says it is 0 pixels wide, its checksum mended so only the size is wrong. */
function zeroWidthPng(png: Buffer): Buffer {
  const copy = Buffer.from(png);
  const ihdr = chunkAt(copy, 'IHDR');
  copy.writeUInt32BE(0, ihdr + 8);
  copy.writeUInt32BE(crc32(copy.subarray(ihdr + 4, ihdr + 8 + 13)), ihdr + 8 + 13);
  return copy;
}

describe('house style files are opened at config load, so a damaged one is a config error', () => {
  const font = readFileSync(GOOD_FONT);
  const png = readFileSync(GOOD_PNG);
  const goodJpeg = jpeg();
  const tables = font.readUInt16BE(4);
  const directoryEnd = 12 + 16 * tables;
  const hmtx = (() => {
    for (let i = 0; i < tables; i += 1) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'hmtx') return { at: font.readUInt32BE(20 + 16 * i), length: font.readUInt32BE(24 + 16 * i) };
    throw new Error('no hmtx');
  })();
  const zeroed = (bytes: Buffer, from: number, to = bytes.length): Buffer => Buffer.concat([bytes.subarray(0, from), Buffer.alloc(to - from), bytes.subarray(to)]);

  it.each([
    // [case, key, file name, bytes, null when accepted or what the message says after "is damaged: "]
    ['the bundled font', 'font', 'good.ttf', font, null],
    ['a font cut short', 'font', 'cut.ttf', font.subarray(0, Math.floor(font.length * 0.6)), /^the file is cut short: its \w+ table runs past the end$/],
    ['a font cut short inside its directory', 'font', 'stub.ttf', font.subarray(0, 40), /^the file is cut short inside its table directory$/],
    ['a font header with a zero-filled body', 'font', 'zeros.ttf', zeroed(font, 4), /^its table directory is empty$/],
    ['a font whose tables are zero-filled', 'font', 'blank.ttf', zeroed(font, directoryEnd), /^its head or maxp table is empty$/],
    ['a font whose widths are zero-filled', 'font', 'nowidth.ttf', zeroed(font, hmtx.at, hmtx.at + hmtx.length), /^its letter a has no width/],
    ['the sample logo (PNG)', 'logo', 'good.png', png, null],
    ['a PNG cut short', 'logo', 'cut.png', png.subarray(0, Math.floor(png.length / 2)), /^the file is cut short inside its IDAT chunk$/],
    ['a PNG cut after its signature', 'logo', 'stub.png', png.subarray(0, 16), /^the file is cut short before its end chunk \(IEND\)$/],
    ['a PNG without its end chunk', 'logo', 'noend.png', png.subarray(0, chunkAt(png, 'IEND')), /^the file is cut short before its end chunk \(IEND\)$/],
    ['a PNG 0 pixels wide', 'logo', 'zero.png', zeroWidthPng(png), /^it says it is 0 × 200 pixels$/],
    ['a PNG with a byte changed', 'logo', 'flipped.png', Buffer.concat([png.subarray(0, 100), Buffer.from([png[100]! ^ 0xff]), png.subarray(101)]), /^its IDAT chunk's checksum does not match$/],
    ['a good JPEG', 'logo', 'good.jpg', goodJpeg, null],
    ['a JPEG cut short', 'logo', 'cut.jpg', goodJpeg.subarray(0, goodJpeg.length - 40), /^the file is cut short before its end marker \(EOI\)$/],
    ['a JPEG cut inside its headers', 'logo', 'stub.jpg', goodJpeg.subarray(0, 30), /^the file is cut short inside a segment$/],
    ['a JPEG with only its start marker', 'logo', 'soi.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), /^it has no frame header \(SOF\) giving its size$/],
  ] as const)('%s', async (_case, kind, name, bytes, problem) => {
    const dir = mkdtempSync(join(tmpdir(), 'style-files-'));
    writeFileSync(join(dir, name), bytes);
    const style = kind === 'font' ? `font: { name: Council Sans, regular: ${name} }` : `logo: { file: ${name}, alt: Council }`;
    writeFileSync(join(dir, 'c.yaml'), `style:\n  ${style}\n`);
    const loaded = await loadConfig(join(dir, 'c.yaml'));
    if (problem === null) {
      expect(loaded.diagnostics).toEqual([]);
      return;
    }
    expect(loaded.config).toBeNull();
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['config-invalid']);
    const key = kind === 'font' ? 'style.font.regular' : 'style.logo.file';
    const message = loaded.diagnostics[0]?.message ?? '';
    const prefix = `${key}: "${join(dir, name)}" is damaged: `;
    expect(message.startsWith(prefix)).toBe(true);
    const [reason, advice] = message.slice(prefix.length).split('; ');
    expect(reason).toMatch(problem);
    expect(advice).toMatch(kind === 'font' ? /^copy the font file again/ : /^save the picture again/);
    // Never a JavaScript error's text.
    expect(message).not.toMatch(/Cannot read|undefined|null|DataView|RangeError|TypeError/);
  });

  it('names each damaged face by its key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'style-files-'));
    writeFileSync(join(dir, 'r.ttf'), font);
    writeFileSync(join(dir, 'b.ttf'), font.subarray(0, 5000));
    writeFileSync(join(dir, 'c.yaml'), 'style:\n  font: { name: Council Sans, regular: r.ttf, bold: b.ttf }\n');
    const loaded = await loadConfig(join(dir, 'c.yaml'));
    expect(loaded.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^style\.font\.bold: ".*b\.ttf" is damaged: the file is cut short/)]);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, normaliseHexColour, textColourOn } from '../../src/colour.js';
import { loadConfig, validateConfig } from '../../src/config.js';
import { defaultHouseStyle } from '../../src/model/builders.js';

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
    writeFileSync(join(dir, 'font.ttf'), Buffer.from([0x00, 0x01, 0x00, 0x00, 1, 2, 3]));
    writeFileSync(join(dir, 'fake.ttf'), 'not a font at all');
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
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

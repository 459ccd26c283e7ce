// Makes canvas draw text only with the fonts we register: a private fontconfig set-up, in force while fontconfig starts.

import { renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

/**
 * A fontconfig configuration with no font folders at all, so the only faces are those canvas's registerFont adds.
 * Without it fontconfig prefers an installed copy of the same family (a system Liberation Sans of another version),
 * and the host's hinting and subpixel settings change the pixels. Settings are fixed for print: greyscale
 * anti-aliasing, no hinting (hinting distorts shapes that print at 200 dpi), no rescans (a rescan would reload the
 * host configuration).
 */
export const documentFontconfig = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <config><rescan><int>0</int></rescan></config>
  <match target="pattern">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="lcdfilter" mode="assign"><const>lcdnone</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`;

/** Writes the configuration once per content into the temporary folder (renamed into place, so parallel runs agree). */
function writeFontconfig(): string {
  const name = `boardpack-fontconfig-${createHash('sha256').update(documentFontconfig).digest('hex').slice(0, 12)}.conf`;
  const path = join(tmpdir(), name);
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, documentFontconfig);
  renameSync(partial, path);
  return path;
}

/**
 * Runs `registerFonts` (the first fontconfig call in the process, which loads its configuration) with
 * FONTCONFIG_FILE pointing at the private configuration, then puts the variable back so child processes such as
 * LibreOffice still see the host's fonts. If something else in the process started fontconfig first, the host
 * configuration stays in force; the registered files still provide the family, from whichever copy fontconfig picks.
 */
export function withDocumentFontsOnly(registerFonts: () => void): void {
  const previous = process.env['FONTCONFIG_FILE'];
  process.env['FONTCONFIG_FILE'] = writeFontconfig();
  try {
    registerFonts();
  } finally {
    if (previous === undefined) delete process.env['FONTCONFIG_FILE'];
    else process.env['FONTCONFIG_FILE'] = previous;
  }
}

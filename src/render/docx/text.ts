// Text as it may be written into WordprocessingML: no characters XML forbids, no layout characters in runs.

/**
 * C0 controls other than tab/newline/carriage return, U+FFFE/U+FFFF, and unpaired surrogates cannot appear in an XML
 * file at all; one of them makes Word refuse the whole document, so they are dropped wherever we make a run.
 */
const illegalInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Tabs and line ends inside a run would be read as plain spaces by Word anyway; say so explicitly (breaks are nodes). */
const layoutWhitespace = /[\t\r\n]+/g;

export function runText(value: string): string {
  return value.replace(illegalInXml, '').replace(layoutWhitespace, ' ');
}

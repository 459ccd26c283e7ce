// The V8 releases whose flags the command line sets without asking: Node.js 20's 11.3, where they were measured, to
// 13 (Node.js 24), whose flag definitions still have them. V8 writes a complaint to standard error for a flag it does
// not know, and Node.js refuses to start with one on its command line, so on any other release they are left alone
// or asked of Node.js first.
const KNOWN_V8_MAJORS = { first: 11, last: 13 };

/** True for a V8 version (`process.versions.v8`) within the known releases. */
export function knownV8(v8Version: string = process.versions.v8): boolean {
  const major = Number.parseInt(v8Version, 10);
  return major >= KNOWN_V8_MAJORS.first && major <= KNOWN_V8_MAJORS.last;
}

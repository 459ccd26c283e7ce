// A cheap well-formedness check for one workbook part: balanced tags, one root, nothing cut off. For naming damage, not parsing.

export interface XmlDamage {
  line: number;
  /** What is wrong, to follow "the part … is damaged: ". */
  problem: string;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const SPECIAL: readonly [string, string][] = [['<?', '?>'], ['<!--', '-->'], ['<![CDATA[', ']]>'], ['<!', '>']];

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The first problem in the part's XML, or null when its tags balance. */
export function xmlDamage(text: string): XmlDamage | null {
  const stack: string[] = [];
  let rootClosed = false;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.trim() === '') return { line: 1, problem: 'it is empty' };
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const between = text.slice(at, open === -1 ? text.length : open);
    if ((stack.length === 0) && between.trim() !== '') return { line: lineAt(text, at), problem: 'it has text outside its XML' };
    if (open === -1) break;
    const special = SPECIAL.find(([start]) => text.startsWith(start, open));
    if (special !== undefined) {
      const end = text.indexOf(special[1], open + special[0].length);
      if (end === -1) return { line: lineAt(text, open), problem: 'it is cut short' };
      at = end + special[1].length;
      continue;
    }
    TAG.lastIndex = open;
    const m = TAG.exec(text);
    if (m === null) {
      return { line: lineAt(text, open), problem: text.indexOf('>', open) === -1 ? 'it is cut short in the middle of a tag' : 'it has a broken tag' };
    }
    const [, closing, name, , selfClosing] = m;
    if (rootClosed) return { line: lineAt(text, open), problem: 'it has more after its end' };
    if (closing === '/') {
      const expected = stack.pop();
      if (expected !== name) return { line: lineAt(text, open), problem: expected === undefined ? `it closes a <${name}> that was never opened` : `a <${expected}> is closed as </${name}>` };
      if (stack.length === 0) rootClosed = true;
    } else if (selfClosing !== '/') stack.push(name!);
    else if (stack.length === 0) rootClosed = true;
    at = TAG.lastIndex;
  }
  if (stack.length > 0) return { line: lineAt(text, text.length), problem: `it is cut short (it ends before its </${stack[0]}>)` };
  if (!rootClosed) return { line: 1, problem: 'it holds no XML' };
  return null;
}

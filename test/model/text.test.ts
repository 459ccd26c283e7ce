// Plain text of inlines, and stripping characters that XML 1.0 cannot hold.
import { describe, expect, it } from 'vitest';
import { emphasis, lineBreak, link, strong, text, cell, heading, meta } from '../../src/model/builders.js';
import { plainText, stripIllegalXmlChars } from '../../src/model/text.js';

describe('stripIllegalXmlChars', () => {
  it.each<[string, string, string]>([
    ['NUL', 'a\u0000b', 'ab'],
    ['bell and escape', '\u0007x\u001B', 'x'],
    ['vertical tab and form feed', 'a\u000B\u000Cb', 'ab'],
    ['carriage return (not tab or newline)', 'a\rb', 'ab'],
    ['unit separator U+001F', 'a\u001Fb', 'ab'],
    ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    ['lone high surrogate', 'a\uD83Db', 'ab'],
    ['lone low surrogate', 'a\uDE00b', 'ab'],
    ['high surrogate at the end', 'a\uD83D', 'a'],
    ['a surrogate pair is kept', 'a\uD83D\uDE00b', 'a\uD83D\uDE00b'],
    ['space, DEL-free punctuation and £ kept', '£64.7% – “ok”', '£64.7% – “ok”'],
    ['U+FFFD kept', '\uFFFD', '\uFFFD'],
  ])('%s', (_name, input, expected) => {
    expect(stripIllegalXmlChars(input)).toBe(expected);
  });

  it('is applied by every builder that takes text', () => {
    expect(text('a\u0000b').value).toBe('ab');
    expect(cell('Red\u0001').children).toEqual([{ type: 'text', value: 'Red' }]);
    expect(heading(1, 'x\uFFFF').children).toEqual([{ type: 'text', value: 'x' }]);
    expect(meta({ title: 'T\u0002', date: '2017-01-01', subject: 'S\u0003' })).toEqual({
      title: 'T', subject: 'S', author: null, keywords: [], language: 'en-GB', date: '2017-01-01',
    });
  });
});

describe('plainText', () => {
  it('joins nested runs and turns hard breaks into newlines', () => {
    expect(plainText([text('A '), strong([text('B '), emphasis('C')]), lineBreak(), link('https://x.gov.uk', 'D')])).toBe('A B C\nD');
  });
  it('throws on an unknown inline type', () => {
    expect(() => plainText([{ type: 'image' } as never])).toThrow(/unknown inline node type "image"/);
  });
});

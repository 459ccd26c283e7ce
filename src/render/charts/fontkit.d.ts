// The part of fontkit (pdfkit's font engine, which ships no types) that chart text measurement uses.
declare module 'fontkit' {
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}

// A colour written as pdfkit writes it, worked out once per hex string. pdfkit parses `#0b0c0c` into three numbers
// and divides and joins them again every time a colour is set, for every run of text, rule and shape: about 2% of a
// 100-indicator build. The operators are the same (the colour space, then the three components as pdfkit writes them).

/** The members of pdfkit's document that setting a colour uses (pdfkit does not type them). */
interface ColourHost {
  _setColorCore(color: unknown, stroke: boolean): boolean;
  _normalizeColor(color: unknown): unknown;
  _setColorSpace(space: string, stroke: boolean): unknown;
  addContent(data: string): unknown;
}

/** `#0b0c0c` → `0.043137254901960784 0.047058823529411764 0.047058823529411764`, as pdfkit writes it. */
const componentsByHex = new Map<string, string>();

/** From now on, `pdf` sets an RGB hex colour from the components already worked out for it; anything else as before. */
export function rememberHexColours(pdf: object): void {
  const host = pdf as Partial<ColourHost>;
  const own = host._setColorCore;
  if (typeof own !== 'function' || typeof host._normalizeColor !== 'function' || typeof host._setColorSpace !== 'function') return;
  host._setColorCore = function (this: ColourHost, color: unknown, stroke: boolean): boolean {
    if (typeof color !== 'string' || color.charAt(0) !== '#') return own.call(this, color, stroke);
    let components = componentsByHex.get(color);
    if (components === undefined) {
      const normalized = this._normalizeColor(color);
      if (!Array.isArray(normalized) || normalized.length !== 3) return own.call(this, color, stroke);
      components = normalized.join(' ');
      componentsByHex.set(color, components);
    }
    this._setColorSpace('DeviceRGB', stroke);
    this.addContent(`${components} ${stroke ? 'SCN' : 'scn'}`);
    return true;
  };
}

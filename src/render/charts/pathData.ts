// Building SVG path data (M, L, C, Z only) in absolute coordinates from canvas path calls under a 2D transform.

/** A canvas transform [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const identity: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** How much the transform scales lengths (line widths, font sizes); charts only ever scale evenly. */
export function lengthScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** Two decimals of a pixel is far below what print shows, and keeps the numbers (and the bytes) stable. */
export function coordinate(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

const TAU = Math.PI * 2;

/** The angle an arc sweeps, signed, as canvas resolves start, end and direction. */
function sweepOf(start: number, end: number, anticlockwise: boolean): number {
  if (!anticlockwise) return end - start >= TAU ? TAU : (((end - start) % TAU) + TAU) % TAU;
  return start - end >= TAU ? -TAU : -((((start - end) % TAU) + TAU) % TAU);
}

export class PathData {
  private readonly parts: string[] = [];
  private current: [number, number] | null = null;
  private subpathStart: [number, number] | null = null;

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.join('');
  }

  moveTo(m: Matrix, x: number, y: number): void {
    const p = apply(m, x, y);
    this.parts.push(`M${coordinate(p[0])} ${coordinate(p[1])}`);
    this.current = p;
    this.subpathStart = p;
  }

  lineTo(m: Matrix, x: number, y: number): void {
    if (this.current === null) {
      this.moveTo(m, x, y);
      return;
    }
    const p = apply(m, x, y);
    this.parts.push(`L${coordinate(p[0])} ${coordinate(p[1])}`);
    this.current = p;
  }

  bezierCurveTo(m: Matrix, c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    if (this.current === null) this.moveTo(m, c1x, c1y);
    const [a, b, p] = [apply(m, c1x, c1y), apply(m, c2x, c2y), apply(m, x, y)];
    this.parts.push(`C${[...a, ...b, ...p].map(coordinate).join(' ')}`);
    this.current = p;
  }

  /** Canvas passes the current point in local coordinates; the control point is raised to a cubic's two. */
  quadraticCurveTo(m: Matrix, from: [number, number], cx: number, cy: number, x: number, y: number): void {
    const c1: [number, number] = [from[0] + (2 / 3) * (cx - from[0]), from[1] + (2 / 3) * (cy - from[1])];
    const c2: [number, number] = [x + (2 / 3) * (cx - x), y + (2 / 3) * (cy - y)];
    this.bezierCurveTo(m, c1[0], c1[1], c2[0], c2[1], x, y);
  }

  closePath(): void {
    if (this.current === null) return;
    this.parts.push('Z');
    this.current = this.subpathStart;
  }

  rect(m: Matrix, x: number, y: number, width: number, height: number): void {
    this.moveTo(m, x, y);
    this.lineTo(m, x + width, y);
    this.lineTo(m, x + width, y + height);
    this.lineTo(m, x, y + height);
    this.closePath();
  }

  /** An elliptical arc as cubic Béziers of at most a quarter turn each (error under 0.03% of the radius). */
  ellipse(m: Matrix, cx: number, cy: number, rx: number, ry: number, rotation: number, start: number, end: number, anticlockwise: boolean): void {
    const sweep = sweepOf(start, end, anticlockwise);
    const pieces = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
    const step = sweep / pieces;
    const k = (4 / 3) * Math.tan(step / 4);
    const cos = Math.cos(rotation);
    const sin = Math.sin(rotation);
    const rotate = (v: readonly [number, number]): [number, number] => [cx + v[0] * cos - v[1] * sin, cy + v[0] * sin + v[1] * cos];
    const point = (t: number): [number, number] => rotate([rx * Math.cos(t), ry * Math.sin(t)]);
    const first = point(start);
    if (this.current === null) this.moveTo(m, first[0], first[1]);
    else this.lineTo(m, first[0], first[1]);
    for (let i = 0; i < pieces; i += 1) {
      const t0 = start + step * i;
      const t1 = t0 + step;
      const a = [rx * Math.cos(t0) - k * rx * Math.sin(t0), ry * Math.sin(t0) + k * ry * Math.cos(t0)] as const;
      const b = [rx * Math.cos(t1) + k * rx * Math.sin(t1), ry * Math.sin(t1) - k * ry * Math.cos(t1)] as const;
      const [p1, p2, p3] = [rotate(a), rotate(b), point(t1)];
      this.bezierCurveTo(m, p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]);
    }
  }
}

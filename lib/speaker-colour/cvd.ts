/**
 * Colour-vision arithmetic for the speaker palette: how a colour looks to a
 * reader with a colour-vision deficiency, and how far apart two colours look.
 * Pure functions, so the palette's promise ("speakers stay distinct under
 * deuteranopia, protanopia and tritanopia") is a unit test, not a judgement.
 */

export type Rgb = readonly [number, number, number];
export type Vision = "normal" | "protanopia" | "deuteranopia" | "tritanopia";
export const VISIONS: readonly Vision[] = ["normal", "protanopia", "deuteranopia", "tritanopia"];

/** `#rrggbb` → 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`parseHex: expected #rrggbb, got "${hex}"`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toLinearRgb = (rgb: Rgb): Rgb => [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])];
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Machado, Oliveira and Fernandes (2009), severity 1.0: full dichromacy, on linear RGB. */
type Matrix = readonly [number, number, number, number, number, number, number, number, number];
const MACHADO: Record<Exclude<Vision, "normal">, Matrix> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

/** The colour as seen with `vision`, in linear RGB (0–1). */
export function simulate(hex: string, vision: Vision): Rgb {
  const lin = toLinearRgb(parseHex(hex));
  if (vision === "normal") return lin;
  const [a, b, c, d, e, f, g, h, i] = MACHADO[vision];
  const [r, gr, bl] = lin;
  return [clamp01(a * r + b * gr + c * bl), clamp01(d * r + e * gr + f * bl), clamp01(g * r + h * gr + i * bl)];
}

/** Linear RGB → CIELAB (D65). */
export function linearRgbToLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference (Euclidean distance in CIELAB): about 2.3 is just noticeable, 10+ is plainly different. */
export function deltaE(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** How different two colours look to a reader with `vision`. */
export function cvdDistance(a: string, b: string, vision: Vision): number {
  return deltaE(linearRgbToLab(simulate(a, vision)), linearRgbToLab(simulate(b, vision)));
}

/** The smallest difference between any two of `colours`, under every kind of vision, and which pair it is. */
export function minPairDistance(colours: readonly string[]): { distance: number; pair: [number, number]; vision: Vision } {
  let worst = { distance: Infinity, pair: [0, 0] as [number, number], vision: "normal" as Vision };
  for (const vision of VISIONS) {
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const distance = cvdDistance(colours[i]!, colours[j]!, vision);
        if (distance < worst.distance) worst = { distance, pair: [i, j], vision };
      }
    }
  }
  return worst;
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = toLinearRgb(parseHex(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

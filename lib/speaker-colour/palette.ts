/**
 * The speaker palette: the strong tone of each slot, in light and dark. It is
 * drawn as each quotation's underline, the swatch in the key and the speaker's
 * label, and the tint behind the words is mixed from it in CSS. The values are
 * copied into app/globals.css (`--spk-N-fg`); palette.test.ts checks that the
 * two agree, that every tone reads against its page (WCAG 4.5:1), and that
 * any two stay apart (CIELAB ΔE ≥ 20) for normal vision and under simulated
 * protanopia, deuteranopia and tritanopia, in each theme.
 *
 * Colour is never the only cue: each slot also has its own underline style.
 */
export interface PaletteSlot {
  /** What a reader would call it (for tests and docs). */
  name: string;
  light: string;
  dark: string;
  /** The quotation's underline: a cue that survives any colour vision, and print. */
  underline: "solid" | "dashed" | "dotted" | "double" | "wavy" | "thick";
}

/** Found by searching hue families for the largest smallest distance under the four visions, both themes at once. */
export const SPEAKER_PALETTE: readonly PaletteSlot[] = [
  { name: "blue", light: "#1e1ee6", dark: "#7171ef", underline: "solid" },
  { name: "ochre", light: "#8a610f", dark: "#efc571", underline: "dashed" },
  { name: "green", light: "#1f7a5c", dark: "#37cd9b", underline: "dotted" },
  { name: "magenta", light: "#9f288b", dark: "#d968c6", underline: "double" },
  { name: "violet", light: "#8a43d0", dark: "#e6d6f5", underline: "wavy" },
  { name: "olive", light: "#3d3d0f", dark: "#878722", underline: "thick" },
];

export const SPEAKER_PALETTE_SIZE = SPEAKER_PALETTE.length;

/** `hex` mixed into `base` at `amount` (0–1): the pale tint behind a quotation where CSS cannot mix (the share cards). */
export function mix(hex: string, base: string, amount: number): string {
  const channel = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(hex, i) * amount + channel(base, i) * (1 - amount)));
  return `#${out.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** Page backgrounds the tones are read against (app/globals.css `--bg`). */
export const PAGE_BACKGROUND = { light: "#fbfaf7", dark: "#121316" } as const;

import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Source Serif 4 for the share cards, read from the npm package: satori
 * (inside next/og) reads TTF/OTF/WOFF but not the WOFF2 the pages use, and
 * nothing may be fetched from a font CDN. Cards are rendered at build time,
 * when the working directory is the project root.
 */
const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "source-serif-4", "files");

type Weight = 400 | 700;
export interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: "normal";
}

let fonts: Promise<CardFont[]> | undefined;

/** Latin first, then Latin Extended for the letters it lacks. */
export function cardFonts(): Promise<CardFont[]> {
  fonts ??= Promise.all(
    (["latin", "latin-ext"] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: "Source Serif 4",
        data: await readFile(path.join(FILES, `source-serif-4-${subset}-${weight}-normal.woff`)),
        weight,
        style: "normal" as const,
      })),
    ),
  );
  return fonts;
}

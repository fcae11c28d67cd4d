import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrast, cvdDistance, minPairDistance, VISIONS } from "./cvd";
import { mix, PAGE_BACKGROUND, SPEAKER_PALETTE } from "./palette";

const THEMES = ["light", "dark"] as const;

describe("the speaker palette", () => {
  for (const theme of THEMES) {
    const tones = SPEAKER_PALETTE.map((slot) => slot[theme]);

    it(`keeps every pair of speakers apart in ${theme}, for every colour vision`, () => {
      const worst = minPairDistance(tones);
      expect(worst.distance, `${SPEAKER_PALETTE[worst.pair[0]]!.name} and ${SPEAKER_PALETTE[worst.pair[1]]!.name} under ${worst.vision}`).toBeGreaterThanOrEqual(20);
    });

    it(`reads against the ${theme} page (4.5:1, as text)`, () => {
      for (const tone of tones) expect(contrast(tone, PAGE_BACKGROUND[theme]), tone).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("has one underline style per slot, a cue without colour", () => {
    expect(new Set(SPEAKER_PALETTE.map((s) => s.underline)).size).toBe(SPEAKER_PALETTE.length);
  });

  it("is the palette app/globals.css draws, slot by slot", () => {
    const css = readFileSync("app/globals.css", "utf8");
    SPEAKER_PALETTE.forEach((slot, i) => {
      expect(css, `--spk-${i}-fg`).toContain(`--spk-${i}-fg: light-dark(${slot.light}, ${slot.dark});`);
      expect(css, `.speaker-${i} underline`).toMatch(new RegExp(`\\.speaker-${i} \\{[^}]*--spk-line: ${slot.underline === "thick" ? "solid" : slot.underline}`));
    });
  });
});

describe("cvdDistance", () => {
  it("catches the old palette's failure: its blue and violet speakers merge under deuteranopia", () => {
    // Slots 0 and 3 of the palette before this one.
    expect(cvdDistance("#1d4ed8", "#6d28d9", "normal")).toBeGreaterThan(20);
    expect(cvdDistance("#1d4ed8", "#6d28d9", "deuteranopia")).toBeLessThan(3);
    expect(minPairDistance(["#1d4ed8", "#9a3412", "#166534", "#6d28d9", "#be123c", "#0f766e"]).distance).toBeLessThan(3);
  });

  it("is zero for one colour and symmetric", () => {
    for (const v of VISIONS) {
      expect(cvdDistance("#1e1ee6", "#1e1ee6", v)).toBe(0);
      expect(cvdDistance("#1e1ee6", "#8a610f", v)).toBeCloseTo(cvdDistance("#8a610f", "#1e1ee6", v));
    }
  });

  it("blue and yellow, apart for red-green deficiencies, come closer for tritanopia", () => {
    const blue = "#1e40af", yellow = "#ca8a04";
    expect(cvdDistance(blue, yellow, "tritanopia")).toBeLessThan(cvdDistance(blue, yellow, "deuteranopia"));
  });
});

describe("mix", () => {
  it("blends channel by channel", () => {
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mix("#1e1ee6", "#ffffff", 0)).toBe("#ffffff");
    expect(mix("#1e1ee6", "#ffffff", 1)).toBe("#1e1ee6");
  });
});

describe("contrast", () => {
  it("matches WCAG's figures", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});

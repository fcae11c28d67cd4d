import { describe, expect, it } from "vitest";
import { fitRows, rowShown } from "./key-fold";

// Nine rows of 70 px with 4 px between them, from 60 px down; the button is 44 px, "Everyone" and padding 70 px below it.
const rowBottoms = Array.from({ length: 9 }, (_, i) => 60 + 70 * (i + 1) + 4 * i);
const measure = (room: number) => ({ rowBottoms, height: rowBottoms.at(-1)! + 44 + 70, button: 44, room });

describe("fitRows", () => {
  it("shows every row, and no button, when they all fit without it", () => {
    const all = rowBottoms.at(-1)! + 70;
    expect(fitRows(measure(all))).toBe(9);
    expect(fitRows(measure(all - 1))).toBe(8);
  });

  it("shows the most rows that fit with the button and what follows it", () => {
    // Four rows end at 352; with the button and "Everyone" below them, 466.
    expect(fitRows(measure(466))).toBe(4);
    expect(fitRows(measure(465))).toBe(3);
  });

  it("never folds below one row, however short the screen", () => {
    expect(fitRows(measure(50))).toBe(1);
  });

  it("has nothing to fold without rows", () => {
    expect(fitRows({ rowBottoms: [], height: 100, button: 0, room: 50 })).toBe(0);
  });
});

describe("rowShown", () => {
  const shownOf = (count: number, shown: number, pinned?: number) => [...Array(count).keys()].filter((i) => rowShown(i, shown, pinned));

  it("shows the first rows when no speaker is chosen, or the chosen one is among them", () => {
    expect(shownOf(9, 4)).toEqual([0, 1, 2, 3]);
    expect(shownOf(9, 4, 2)).toEqual([0, 1, 2, 3]);
  });

  it("gives the last place to a chosen speaker from under “N more”, keeping the count", () => {
    expect(shownOf(9, 4, 8)).toEqual([0, 1, 2, 8]);
    expect(shownOf(9, 1, 5)).toEqual([5]);
  });
});

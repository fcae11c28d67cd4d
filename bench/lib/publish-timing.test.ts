import { describe, expect, it } from "vitest";
import { publishTable, summarisePublishes } from "./publish-timing";

const samples = [
  { requestMs: 80, liveMs: { article: 100, home: 140 } },
  { requestMs: 90, liveMs: { article: 120, home: 110 } },
  { requestMs: 300, liveMs: { article: 400, home: 130 } },
];

describe("publish timing", () => {
  it("gives p50 and max per page and until every page was live", () => {
    const summary = summarisePublishes(samples);
    expect(summary.publishes).toBe(3);
    expect(summary.request).toEqual({ p50: 90, max: 300 });
    expect(summary.byPage).toEqual({ article: { p50: 120, max: 400 }, home: { p50: 130, max: 140 } });
    // Per publish the slowest page counts: 140, 120, 400.
    expect(summary.allLive).toEqual({ p50: 140, max: 400 });
  });

  it("refuses to summarise nothing", () => {
    expect(() => summarisePublishes([])).toThrow(RangeError);
  });

  it("prints one column per set-up", () => {
    const summary = summarisePublishes(samples);
    expect(publishTable([{ name: "one", summary }, { name: "two", summary }]).split("\n")).toEqual([
      "| from sending the publish (p50 / max over 3) | one | two |",
      "| --- | --- | --- |",
      "| POST /api/publish answered | 90 ms / 300 ms | 90 ms / 300 ms |",
      "| new headline on article | 120 ms / 400 ms | 120 ms / 400 ms |",
      "| new headline on home | 130 ms / 140 ms | 130 ms / 140 ms |",
      "| on all of them | 140 ms / 400 ms | 140 ms / 400 ms |",
    ]);
  });
});

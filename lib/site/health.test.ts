import { describe, expect, it } from "vitest";
import { buildSite } from "./site";
import { makeArticle, makePerson, makeTopic, paragraph, quote } from "../content/test-fixtures";
import { healthReport } from "./health";

describe("healthReport", () => {
  it("counts the published content only", () => {
    const site = buildSite(
      [
        makeArticle({ slug: "a" }),
        makeArticle({ slug: "b", body: [paragraph(quote("q-1", "jens-stoltenberg", "One")), paragraph(quote("q-2", "jens-stoltenberg", "Two"))] }),
        makeArticle({ slug: "c", status: "draft" }),
      ],
      [makePerson("jens-stoltenberg")],
      [makeTopic("nato"), makeTopic("russia")],
    );
    const report = healthReport(site, "1.2.3", new Date("2026-01-02T03:04:05Z"));
    expect(report).toEqual({
      status: "ok",
      name: "onrecord",
      version: "1.2.3",
      builtAt: "2026-01-02T03:04:05.000Z",
      content: { articles: 2, people: 1, topics: 2, quotes: 3 },
    });
  });
});

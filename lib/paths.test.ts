import { describe, expect, it } from "vitest";
import { articlePath, listingPagePath, personPath, quoteInContextPath, quotePath, topicFeedPath, topicPath } from "./paths";

describe("entity paths", () => {
  it("builds each page's URL from its id", () => {
    expect(articlePath("a-story")).toBe("/articles/a-story");
    expect(quotePath("a-story", "q-one")).toBe("/articles/a-story/quotes/q-one");
    expect(quoteInContextPath("a-story", "q-one")).toBe("/articles/a-story#q-one");
    expect(topicPath("nato")).toBe("/topics/nato");
    expect(topicFeedPath("nato")).toBe("/topics/nato/feed.xml");
    expect(personPath("nato")).toBe("/people/nato");
  });
});

describe("listingPagePath", () => {
  it("keeps page 1 at the listing's own URL", () => {
    expect(listingPagePath("/", 1)).toBe("/");
    expect(listingPagePath("/topics/nato", 1)).toBe("/topics/nato");
  });

  it("puts later pages under /page/<n>", () => {
    expect(listingPagePath("/", 2)).toBe("/page/2");
    expect(listingPagePath("/topics/nato", 3)).toBe("/topics/nato/page/3");
    expect(listingPagePath("/people/nato", 12)).toBe("/people/nato/page/12");
  });
});

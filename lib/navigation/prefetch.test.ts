import { describe, expect, it } from "vitest";
import { prefetchTarget } from "./prefetch";

const origin = "https://onrecord.example";

describe("prefetchTarget", () => {
  it("gives the path and query of a page on this site, without the fragment", () => {
    expect(prefetchTarget({ href: "/articles/a-story" }, origin)).toBe("/articles/a-story");
    expect(prefetchTarget({ href: `${origin}/topics/nato?page=2#top` }, origin)).toBe("/topics/nato?page=2");
    expect(prefetchTarget({ href: "/people/x", target: "_self" }, origin)).toBe("/people/x");
  });

  it("leaves other sites, new windows, downloads and files alone", () => {
    expect(prefetchTarget({ href: "https://elsewhere.example/a" }, origin)).toBeUndefined();
    expect(prefetchTarget({ href: "/articles/a", target: "_blank" }, origin)).toBeUndefined();
    expect(prefetchTarget({ href: "/articles/a", download: true }, origin)).toBeUndefined();
    for (const href of ["/feed.xml", "/articles/a/card.png", "/icon.svg"]) expect(prefetchTarget({ href }, origin), href).toBeUndefined();
    expect(prefetchTarget({ href: "mailto:desk@onrecord.example" }, origin)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { quoteLink } from "./quote-link";

const page = { origin: "https://onrecord.example", pathname: "/articles/some-story" };

describe("quoteLink", () => {
  it("is the article's address with the quote's anchor", () => {
    expect(quoteLink(page, "q-arrests-across-the-alliance")).toBe("https://onrecord.example/articles/some-story#q-arrests-across-the-alliance");
  });

  it("keeps a port in the origin (a local or preview server)", () => {
    expect(quoteLink({ origin: "http://127.0.0.1:3300", pathname: "/articles/x" }, "q-a")).toBe("http://127.0.0.1:3300/articles/x#q-a");
  });

  it("uses the share page when one is given", () => {
    expect(quoteLink(page, "q-a", "/articles/some-story/quotes/q-a")).toBe("https://onrecord.example/articles/some-story/quotes/q-a");
  });

  it.each(["https://elsewhere.example/q", "//elsewhere.example/q", "quotes/q-a"])("refuses a share path off this site: %s", (path) => {
    expect(() => quoteLink(page, "q-a", path)).toThrow(/path on this site/);
  });
});

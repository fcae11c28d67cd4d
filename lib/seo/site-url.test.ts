import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, absoluteUrl, siteUrl } from "./site-url";

describe("siteUrl", () => {
  it("defaults to the local server when SITE_URL is unset or blank", () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl("  ")).toBe(DEFAULT_SITE_URL);
  });

  it("keeps the origin and a base path, without a trailing slash", () => {
    expect(siteUrl("https://onrecord.example/")).toBe("https://onrecord.example");
    expect(siteUrl("https://example.org/news/")).toBe("https://example.org/news");
    expect(siteUrl("HTTPS://Onrecord.Example")).toBe("https://onrecord.example");
  });

  it("refuses what cannot be a site address, naming the value", () => {
    expect(() => siteUrl("onrecord.example")).toThrow(/absolute http\(s\) URL.*"onrecord\.example"/);
    expect(() => siteUrl("ftp://onrecord.example")).toThrow(/http or https/);
    expect(() => siteUrl("javascript:alert(1)")).toThrow(/http or https/);
    expect(() => siteUrl("https://onrecord.example/?a=1")).toThrow(/without query/);
  });
});

describe("absoluteUrl", () => {
  it("joins a site path to the base", () => {
    expect(absoluteUrl("/feed.xml", "https://onrecord.example")).toBe("https://onrecord.example/feed.xml");
    expect(absoluteUrl("/", "https://example.org/news")).toBe("https://example.org/news/");
  });

  it("refuses a relative path, which would silently join onto the host name", () => {
    expect(() => absoluteUrl("feed.xml", "https://onrecord.example")).toThrow(/starting with "\/"/);
  });
});

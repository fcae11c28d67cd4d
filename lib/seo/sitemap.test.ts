import { afterAll, describe, expect, it, vi } from "vitest";
import { robotsRules } from "./robots";
import { sitemapEntries } from "./sitemap";
import { BASE, site } from "./test-fixtures";

// Set before the describe blocks below are collected: some build their values there.
vi.stubEnv("SITE_URL", BASE);
afterAll(() => vi.unstubAllEnvs());

describe("sitemapEntries", () => {
  const entries = sitemapEntries(site);
  const urls = entries.map((e) => e.url);

  it("lists the indexes, each published article, topics in use and speakers quoted", () => {
    expect(urls).toEqual([
      `${BASE}/`,
      `${BASE}/topics`,
      `${BASE}/people`,
      `${BASE}/articles/hostile`,
      `${BASE}/articles/older`,
      `${BASE}/topics/nato`,
      `${BASE}/topics/russia`,
      `${BASE}/people/edda-morn`,
      `${BASE}/people/nato`,
      `${BASE}/people/jens-stoltenberg`,
    ]);
  });

  it("leaves out drafts and the topics only a draft is on", () => {
    expect(urls.some((u) => u.includes("secret-draft") || u.endsWith("/topics/unused"))).toBe(false);
  });

  it("dates each entry from the content: the last update, else publication", () => {
    const when = (url: string) => entries.find((e) => e.url === `${BASE}${url}`)?.lastModified;
    expect(when("/")).toBe("2025-01-03T08:30:00Z");
    expect(when("/articles/hostile")).toBe("2025-01-03T08:30:00Z");
    expect(when("/articles/older")).toBe("2024-07-01T09:00:00Z");
    expect(when("/topics/nato")).toBe("2025-01-03T08:30:00Z");
    expect(when("/people/jens-stoltenberg")).toBe("2024-07-01T09:00:00Z");
  });
});

describe("sitemapEntries past the protocol's limit", () => {
  it("leaves out the oldest articles, never an index, topic or speaker", () => {
    const all = sitemapEntries(site).map((e) => e.url);
    const capped = sitemapEntries(site, all.length - 1).map((e) => e.url);
    expect(capped).toHaveLength(all.length - 1);
    expect(capped).not.toContain(`${BASE}/articles/older`);
    expect(capped).toContain(`${BASE}/articles/hostile`);
    expect(sitemapEntries(site, 3).map((e) => e.url)).toEqual(all.filter((u) => !u.includes("/articles/")));
  });
});

describe("robotsRules", () => {
  it("allows the site, keeps crawlers out of /api/ and names the sitemap", () => {
    expect(robotsRules()).toEqual({ rules: [{ userAgent: "*", allow: "/", disallow: "/api/" }], sitemap: `${BASE}/sitemap.xml` });
  });
});

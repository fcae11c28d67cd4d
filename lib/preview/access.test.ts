import { describe, expect, it } from "vitest";
import { checkPreviewSlug, exitPreviewPath, returnPath } from "./access";

describe("checkPreviewSlug", () => {
  it("accepts an article slug", () => {
    expect(checkPreviewSlug("draft-story-2026")).toEqual({ ok: true, slug: "draft-story-2026" });
  });

  it.each([null, "", "https://evil.example", "//evil.example", "../x", "/articles/x", "a/b", "UPPER", "a b", "x%2F..", "\\evil"])(
    "refuses %j",
    (raw) => {
      expect(checkPreviewSlug(raw).ok).toBe(false);
    },
  );
});

describe("returnPath", () => {
  const origin = "http://127.0.0.1:3000";

  it("returns a local `to` path", () => {
    expect(returnPath("/topics/nato?x=1", null, origin)).toBe("/topics/nato?x=1");
  });

  it("falls back to a same-site Referer, then home", () => {
    expect(returnPath(null, `${origin}/articles/a-story#q-1`, origin)).toBe("/articles/a-story");
    expect(returnPath(null, "https://evil.example/articles/a", origin)).toBe("/");
    expect(returnPath(null, `${origin}/api/draft/disable`, origin)).toBe("/");
    expect(returnPath(null, "not a url", origin)).toBe("/");
    expect(returnPath(null, null, origin)).toBe("/");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "evil.example", "javascript:alert(1)", "/\tx"])(
    "never returns an off-site `to` such as %j",
    (to) => {
      expect(returnPath(to, null, origin)).toBe("/");
    },
  );
});

describe("exitPreviewPath", () => {
  const published = (slug: string) => slug === "live-story";

  it("keeps a published story and any other page", () => {
    expect(exitPreviewPath("/articles/live-story", published)).toBe("/articles/live-story");
    expect(exitPreviewPath("/articles/live-story/quotes/q-a", published)).toBe("/articles/live-story/quotes/q-a");
    expect(exitPreviewPath("/topics/nato?x=1", published)).toBe("/topics/nato?x=1");
    expect(exitPreviewPath("/", published)).toBe("/");
  });

  it("sends a draft's page, which would be a 404, home", () => {
    expect(exitPreviewPath("/articles/draft-story", published)).toBe("/");
    expect(exitPreviewPath("/articles/draft-story?x=1", published)).toBe("/");
    expect(exitPreviewPath("/preview/articles/live-story", published)).toBe("/");
  });
});

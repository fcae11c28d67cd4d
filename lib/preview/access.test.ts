import { describe, expect, it } from "vitest";
import { checkPreviewSlug, exitPreviewPath, previewSecretMatches, returnPath } from "./access";

describe("previewSecretMatches", () => {
  it("accepts only the exact secret", () => {
    expect(previewSecretMatches("s3cret-value", "s3cret-value")).toBe(true);
    expect(previewSecretMatches("s3cret-valuE", "s3cret-value")).toBe(false);
    expect(previewSecretMatches("s3cret", "s3cret-value")).toBe(false);
    expect(previewSecretMatches("s3cret-value-and-more", "s3cret-value")).toBe(false);
  });

  it("refuses everything when no secret is configured", () => {
    expect(previewSecretMatches("", undefined)).toBe(false);
    expect(previewSecretMatches("", "")).toBe(false);
    expect(previewSecretMatches("anything", undefined)).toBe(false);
  });

  it("refuses a missing secret", () => {
    expect(previewSecretMatches(null, "s3cret-value")).toBe(false);
  });
});

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

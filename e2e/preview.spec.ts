import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { E2E_CONTENT_DIR, E2E_PREVIEW_SECRET, draftUrl } from "./server-env";

const DRAFT_SLUG = "corvane-cable-repair-ship-reaches-fault-site";
const DRAFT_HEADLINE = "Repair ship reaches the Corvane cable fault as islanders ration mobile data";

/** A draft written into the server's content root for one test, removed after it. */
function writeDraft(slug: string, content: unknown): () => void {
  const file = path.join(E2E_CONTENT_DIR, "articles", `${slug}.json`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return () => rmSync(file, { force: true });
}

function exampleDraft(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join("content", "articles", `${DRAFT_SLUG}.json`), "utf8"));
}

async function enterPreview(page: Page, slug: string) {
  await page.goto(draftUrl(slug));
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
}

test.describe("for the public", () => {
  test("a draft is 404 and appears on no public page", async ({ page, request }) => {
    expect((await request.get(`/articles/${DRAFT_SLUG}`)).status()).toBe(404);
    expect((await request.get("/drafts")).status()).toBe(404);
    expect((await request.get(`/preview/articles/${DRAFT_SLUG}`)).status()).toBe(404);
    // Every public page the draft could be linked from: lists, its topics, its speakers, related lists.
    const pages = ["/", "/topics", "/topics/undersea-cables", "/topics/civil-defence", "/people", "/people/skarel-subsea", "/people/tobias-quell", "/articles/damaged-cable-cuts-corvane-island-off"];
    for (const url of pages) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const html = await response!.text();
      expect(html, url).not.toContain(DRAFT_SLUG);
      expect(html, url).not.toContain("Repair ship reaches");
      await expect(page.getByRole("status").filter({ hasText: "Preview — not published" })).toHaveCount(0);
    }
    for (const url of ["/sitemap.xml", "/feed.xml", "/topics/undersea-cables/feed.xml", "/topics/civil-defence/feed.xml"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(await response.text(), url).not.toContain(DRAFT_SLUG);
    }
  });

  test("published pages are served from the prerendered cache", async ({ request }) => {
    const response = await request.get("/articles/damaged-cable-cuts-corvane-island-off");
    expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=/);
  });
});

test.describe("entering preview", () => {
  async function noRedirect(request: APIRequestContext, url: string) {
    const response = await request.get(url, { maxRedirects: 0 });
    return { status: response.status(), location: response.headers().location, cookie: response.headers()["set-cookie"] };
  }

  test("a wrong or missing secret gets 401 and no cookie", async ({ request }) => {
    for (const url of [draftUrl(DRAFT_SLUG, "wrong"), draftUrl(DRAFT_SLUG, ""), `/api/draft?slug=${DRAFT_SLUG}`, draftUrl(DRAFT_SLUG, `${E2E_PREVIEW_SECRET}x`)]) {
      const r = await noRedirect(request, url);
      expect(r, url).toEqual({ status: 401, location: undefined, cookie: undefined });
    }
  });

  test("never redirects off the site", async ({ request }) => {
    for (const slug of ["https://evil.example", "//evil.example", "../x", "/\\evil.example", "articles/../../etc/passwd", ""]) {
      const r = await noRedirect(request, draftUrl(slug));
      expect(r, slug).toEqual({ status: 400, location: undefined, cookie: undefined });
    }
    const missing = await noRedirect(request, draftUrl("no-such-article"));
    expect(missing).toEqual({ status: 404, location: undefined, cookie: undefined });
  });

  test("other methods are refused", async ({ request }) => {
    expect((await request.post(draftUrl(DRAFT_SLUG))).status()).toBe(405);
  });

  test("the right secret sets a tight cookie and redirects to the article, secret-free", async ({ request }) => {
    const r = await noRedirect(request, draftUrl(DRAFT_SLUG));
    expect(r.status).toBe(307);
    expect(r.location).toBe(`/articles/${DRAFT_SLUG}`);
    expect(r.cookie).toMatch(/^__prerender_bypass=\w+;/);
    expect(r.cookie).toMatch(/HttpOnly/i);
    expect(r.cookie).toMatch(/SameSite=lax/i);
    expect(r.cookie).toMatch(/Secure/i);
    expect(r.cookie).not.toContain(E2E_PREVIEW_SECRET);
  });
});

test.describe("in preview", () => {
  test("the draft renders at its URL under a banner, and every page carries the banner", async ({ page }) => {
    await enterPreview(page, DRAFT_SLUG);
    await expect(page.locator("h1")).toHaveText(DRAFT_HEADLINE);
    const banner = page.getByRole("status").filter({ hasText: "Preview — not published" });
    await expect(banner).toBeVisible();
    await expect(page.locator("q.quote")).toHaveCount(2);
    const response = await page.reload();
    expect(response?.headers()["cache-control"]).toMatch(/private/);
    expect(response?.headers()["cache-control"]).toMatch(/no-store/);
    for (const url of ["/", "/topics/undersea-cables", "/people/tobias-quell", "/not-a-page"]) {
      await page.goto(url);
      await expect(banner, url).toBeVisible();
    }
  });

  test("an edit on disk shows on the next reload", async ({ page }, info) => {
    const slug = `live-edit-${info.project.name}`;
    const draft = { ...exampleDraft(), slug, headline: "First version of the headline" };
    const remove = writeDraft(slug, draft);
    try {
      await enterPreview(page, slug);
      await expect(page.locator("h1")).toHaveText("First version of the headline");
      writeDraft(slug, { ...draft, headline: "Second version, edited on disk" });
      await page.reload();
      await expect(page.locator("h1")).toHaveText("Second version, edited on disk");
    } finally {
      remove();
    }
  });

  test("a broken draft shows its problems; the public site is unaffected", async ({ page, browser }, info) => {
    const slug = `broken-draft-${info.project.name}`;
    const remove = writeDraft(slug, { ...exampleDraft(), slug, headline: "", topics: ["no-such-topic"] });
    try {
      await enterPreview(page, slug);
      const panel = page.getByTestId("draft-problems");
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(`articles/${slug}.json: $.headline: must not be empty`);
      writeDraft(slug, `{ "slug": "${slug}", "status": "draft",\n  "headline" "oops" }`);
      await page.reload();
      await expect(panel).toContainText(/\$: invalid JSON: expected a colon .* at line 2/);

      await page.goto("/drafts");
      const entry = page.getByTestId("draft-list").locator("li", { hasText: `${slug}.json` }).first();
      await expect(entry).toContainText("1 problem");
      await expect(page.getByTestId("draft-list")).toContainText(DRAFT_HEADLINE);

      const reader = await browser.newPage();
      const home = await reader.goto("/");
      expect(home?.status()).toBe(200);
      await expect(reader.locator("h1")).toHaveText("Latest stories");
      expect((await reader.goto(`/articles/${slug}`))?.status()).toBe(404);
      await reader.close();
    } finally {
      remove();
    }
  });

  test("the drafts page lists drafts with links to their previews", async ({ page }) => {
    await enterPreview(page, DRAFT_SLUG);
    await page.getByRole("link", { name: "All drafts" }).click();
    await expect(page.locator("h1")).toHaveText("Drafts");
    await page.getByRole("link", { name: DRAFT_HEADLINE }).click();
    await expect(page.locator("h1")).toHaveText(DRAFT_HEADLINE);
  });

  test("exit returns to the page the editor was on, as the public sees it", async ({ page }) => {
    await enterPreview(page, DRAFT_SLUG);
    await page.goto("/topics/undersea-cables");
    await page.getByRole("link", { name: "Exit preview" }).click();
    await expect(page).toHaveURL(/\/topics\/undersea-cables$/);
    await expect(page.getByRole("status").filter({ hasText: "Preview — not published" })).toHaveCount(0);
    expect((await page.context().cookies()).some((c) => c.name === "__prerender_bypass" && c.value !== "")).toBe(false);
    expect((await page.goto(`/articles/${DRAFT_SLUG}`))?.status()).toBe(404);
  });

  test("exit from a draft's own page lands home, not on the draft's public 404", async ({ page }) => {
    await enterPreview(page, DRAFT_SLUG);
    await expect(page.locator("h1")).toHaveText(DRAFT_HEADLINE);
    await page.getByRole("link", { name: "Exit preview" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("h1").first()).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Preview — not published" })).toHaveCount(0);
  });
});

test("no file of the build output contains the example draft", async () => {
  const hits: string[] = [];
  const scan = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const stat = statSync(file);
      if (stat.isDirectory()) scan(file);
      else if (stat.size < 50_000_000) {
        const text = readFileSync(file, "latin1");
        if (text.includes("Repair ship reaches the Corvane") || text.includes("Nobody sails until the investigators")) hits.push(file);
      }
    }
  };
  scan(".next");
  expect(hits).toEqual([]);
});

import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { SEED_PATH } from "./seed";
import { E2E_CONTENT_DIR, E2E_PREVIEW_SECRET, draftUrl } from "./server-env";
import { HOSTILE, writeHostileArticle } from "./hostile";

const DRAFT_SLUG = "corvane-cable-repair-ship-reaches-fault-site";

async function previewCookie(request: APIRequestContext): Promise<string> {
  const r = await request.get(draftUrl(DRAFT_SLUG), { maxRedirects: 0 });
  const cookie = /__prerender_bypass=(\w+)/.exec(r.headers()["set-cookie"] ?? "")?.[1];
  expect(cookie).toBeTruthy();
  return `__prerender_bypass=${cookie}`;
}

test.describe("security headers", () => {
  const urls = ["/", SEED_PATH, "/topics", "/people/nato", "/no-such-page", "/api/health", "/api/draft?secret=wrong&slug=x"];

  test("every response carries the policy, and no X-Powered-By", async ({ request }) => {
    const home = await (await request.get("/")).text();
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
    expect(stylesheet).toBeTruthy();
    for (const url of [...urls, stylesheet!]) {
      const h = (await request.get(url, { maxRedirects: 0 })).headers();
      const csp = h["content-security-policy"] ?? "";
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
        expect(csp, `${url}: ${directive}`).toContain(directive);
      }
      expect(h["x-content-type-options"], url).toBe("nosniff");
      expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"], url).toContain("camera=()");
      expect(h["x-powered-by"], url).toBeUndefined();
    }
  });

  test("the article page runs under the policy without a single violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(SEED_PATH);
    await page.waitForLoadState("networkidle");
    // Hydrated: the article's islands mark it ready once their scripts have run.
    await expect(page.locator("[data-article-root][data-ready]")).toBeAttached();
    expect(violations).toEqual([]);
  });
});

test.describe("hostile requests", () => {
  const hostile = [
    "..%2F..%2Fpackage.json",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2fnext.config.js",
    "..%5c..%5cpackage.json",
    "%ZZ",
    "%E0%A4%A",
    "%00",
    "%E2%80%AE%E2%80%8B",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "NATO-ALLIES",
    "a".repeat(4000),
    "a/b/c/d/e",
    "'%22;--",
    "~",
  ];
  const prefixes = ["/articles/", "/topics/", "/people/", "/preview/articles/", "/drafts/", "/", "/articles/x/quotes/"];

  for (const withPreview of [false, true]) {
    test(`odd paths get 400 or 404, never a 500${withPreview ? " (in preview)" : ""}`, async ({ request }) => {
      test.setTimeout(120_000);
      const headers = withPreview ? { cookie: await previewCookie(request) } : undefined;
      const failures: string[] = [];
      for (const prefix of prefixes) {
        for (const tail of hostile) {
          const url = `${prefix}${tail}`;
          const status = (await request.get(url, { headers, maxRedirects: 0 })).status();
          if (status !== 404 && status !== 400) failures.push(`${status} ${url.slice(0, 80)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  test("the preview link refuses hostile slugs without a 500", async ({ request }) => {
    for (const tail of ["..%2F..%2Fpackage", "%00", "%ZZ", "a".repeat(4000), "%E2%80%AE"]) {
      const status = (await request.get(`/api/draft?secret=${encodeURIComponent(E2E_PREVIEW_SECRET)}&slug=${tail}`, { maxRedirects: 0 })).status();
      expect([400, 404], tail).toContain(status);
    }
  });

  test("methods other than GET and HEAD get 405 with Allow", async ({ request }) => {
    for (const url of ["/", SEED_PATH, "/topics/nato", "/people/nato", "/api/draft", "/api/health", "/no-such-page", "/icon.svg"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
        const r = await request.fetch(url, { method, maxRedirects: 0 });
        expect(r.status(), `${method} ${url}`).toBe(405);
        expect(r.headers().allow, `${method} ${url}`).toBe("GET, HEAD");
        expect(r.headers()["content-security-policy"], `${method} ${url}`).toContain("frame-ancestors 'none'");
      }
    }
    expect((await request.head(SEED_PATH)).status()).toBe(200);
  });

  test("a path with broken percent-encoding gets 400 with the security headers", async ({ request }) => {
    for (const url of ["/articles/%ZZ", "/topics/%E0%A4%A", "/people/%ZZ?page=2"]) {
      const r = await request.get(url, { maxRedirects: 0 });
      expect(r.status(), url).toBe(400);
      expect(r.headers()["x-content-type-options"], url).toBe("nosniff");
      expect(r.headers()["content-security-policy"], url).toContain("default-src 'self'");
    }
  });

  test("the preview secret never reaches a page", async ({ page }) => {
    await page.goto(draftUrl(DRAFT_SLUG));
    expect(page.url()).not.toContain(E2E_PREVIEW_SECRET);
    for (const url of [`/articles/${DRAFT_SLUG}`, "/drafts", "/"]) {
      await page.goto(url);
      expect(await page.content(), url).not.toContain(E2E_PREVIEW_SECRET);
    }
  });
});

test("the health endpoint reports the version and the published content", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  const published = readdirSync("content/articles").filter(
    (f) => f.endsWith(".json") && JSON.parse(readFileSync(path.join("content/articles", f), "utf8")).status === "published",
  ).length;
  const version = JSON.parse(readFileSync("package.json", "utf8")).version;
  expect(body).toMatchObject({ status: "ok", name: "onrecord", version, content: { articles: published } });
  expect(body.content.people).toBe(readdirSync("content/people").filter((f) => f.endsWith(".json")).length);
  expect(Date.parse(body.builtAt)).not.toBeNaN();
});

test.describe("untrusted text", () => {
  test("no bidi override reaches the page; the rest of the text is shown as written", async ({ page, request }, info) => {
    // Load the site before the fixture exists, so it never joins the published site other tests count.
    expect((await request.get("/api/health")).status()).toBe(200);
    const fixture = writeHostileArticle(`security-${info.project.name}`);
    try {
      await page.goto(fixture.previewUrl);
      const text = await page.locator("main").innerText();
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(text).toContain(HOSTILE);
    } finally {
      fixture.remove();
    }
  });

  test("an error panel shows hostile input as text and runs nothing", async ({ page }, info) => {
    const slug = `hostile-broken-${info.project.name}`;
    const file = path.join(E2E_CONTENT_DIR, "articles", `${slug}.json`);
    const draft = JSON.parse(readFileSync(path.join("content", "articles", `${DRAFT_SLUG}.json`), "utf8"));
    const payload = '<img src=x onerror="alert(1)"></script><script>alert(2)</script>';
    writeFileSync(file, JSON.stringify({ ...draft, slug, status: "draft", section: 7, topics: [payload], [payload]: 1 }));
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    try {
      await page.goto(draftUrl(slug));
      const panel = page.getByTestId("draft-problems");
      await expect(panel).toContainText(`unknown field "${payload}"`);
      await expect(panel).toContainText("$.section: expected string, got number 7");
      await expect(panel.locator("img, script")).toHaveCount(0);
      await page.goto("/drafts");
      await expect(page.getByTestId("draft-list")).toContainText(payload);
      await expect(page.getByTestId("draft-list").locator("img, script")).toHaveCount(0);
      expect(dialogs).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

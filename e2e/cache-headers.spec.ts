import { expect, test } from "@playwright/test";
import { SEED_PATH } from "./seed";
import { draftUrl } from "./server-env";

// Headers do not depend on the viewport: one project is enough.

/** `s-maxage=60, stale-while-revalidate=86400` → { "s-maxage": 60, … } */
function directives(header: string | undefined): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (const part of (header ?? "").split(",")) {
    const [key, value] = part.trim().split("=");
    if (key) out.set(key.toLowerCase(), value ?? true);
  }
  return out;
}

for (const path of ["/", SEED_PATH, "/topics/nato", "/people/jens-stoltenberg", "/topics", "/people"]) {
  test(`a CDN may cache ${path} and serve it stale while it refreshes`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const cc = directives(res.headers()["cache-control"]);
    expect(Number(cc.get("s-maxage"))).toBeGreaterThan(0);
    expect(Number(cc.get("stale-while-revalidate"))).toBeGreaterThan(0);
    expect(cc.has("private")).toBe(false);
    expect(cc.has("no-store")).toBe(false);
  });
}

test("a missing page is not cached by a CDN", async ({ request }) => {
  const res = await request.get("/articles/no-such-story");
  expect(res.status()).toBe(404);
  const cc = directives(res.headers()["cache-control"]);
  expect(cc.has("s-maxage")).toBe(false);
  expect(cc.has("no-store")).toBe(true);
});

test("the API and the editors' pages are never cached by a CDN", async ({ request }) => {
  for (const path of ["/api/health", "/drafts"]) {
    const cc = directives((await request.get(path)).headers()["cache-control"]);
    expect(cc.has("s-maxage"), path).toBe(false);
    expect(cc.has("no-store"), path).toBe(true);
  }
});

test("built JavaScript and CSS are cached for good: their names change with their content", async ({ request }) => {
  const html = await (await request.get(SEED_PATH)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets.slice(0, 3)) {
    const cc = directives((await request.get(asset)).headers()["cache-control"]);
    expect(cc.has("immutable"), asset).toBe(true);
    expect(Number(cc.get("max-age")), asset).toBeGreaterThanOrEqual(31_536_000);
  }
});

test("in draft mode the same URLs are private to the editor: never stored, never shared", async ({ request }) => {
  const enter = await request.get(draftUrl(SEED_PATH.split("/").pop()!), { maxRedirects: 0 });
  expect(enter.status()).toBeGreaterThanOrEqual(300);
  expect(enter.status()).toBeLessThan(400);
  for (const path of [SEED_PATH, "/", "/topics/nato"]) {
    const cc = directives((await request.get(path)).headers()["cache-control"]);
    expect(cc.has("private"), path).toBe(true);
    expect(cc.has("no-store"), path).toBe(true);
    expect(cc.has("s-maxage"), path).toBe(false);
  }
});

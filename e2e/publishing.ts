import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

/** What publishing tests give their own servers as PUBLISH_SECRET. */
export const PUBLISH_TEST_SECRET = "e2e-only-publish-secret";

/**
 * A private copy of content/ with its published store (content/.published,
 * written by the build), for servers a publishing test starts itself: what
 * they publish never reaches the shared test server's pages.
 */
export function privateContent(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `onrecord-${prefix}-`));
  cpSync("content", dir, { recursive: true });
  const file = (slug: string) => path.join(dir, "articles", `${slug}.json`);
  return {
    dir,
    file,
    write: (slug: string, article: unknown) => writeFileSync(file(slug), typeof article === "string" ? article : JSON.stringify(article, null, 2)),
    remove: (slug: string) => rmSync(file(slug), { force: true }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fictional demo story: the example draft's people and places under a slug, headline and topics of the test's own, published now so that it leads the home page. */
export function demoStory(slug: string, headline: string, options: { status?: "published" | "draft"; topics?: string[] } = {}): Record<string, unknown> {
  const draft = JSON.parse(readFileSync(path.join("content", "articles", "corvane-cable-repair-ship-reaches-fault-site.json"), "utf8"));
  return {
    ...draft,
    slug,
    status: options.status ?? "published",
    headline,
    standfirst: "A demo story for a publishing test. Its people and places are fictional.",
    publishedAt: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    ...(options.topics ? { topics: options.topics } : {}),
  };
}

/** POST /api/publish on a server, as `npm run publish` does. */
export async function publishThrough(origin: string, slugs: string[], secret: string = PUBLISH_TEST_SECRET) {
  const response = await fetch(`${origin}/api/publish`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ slugs }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function fetchPage(origin: string, url: string) {
  const response = await fetch(`${origin}${url}`);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** Waits until `check` holds, up to `withinMs`; gives how long it took (ms). */
export async function liveWithin(check: () => Promise<boolean>, what: string, withinMs: number): Promise<number> {
  const start = Date.now();
  await expect.poll(check, { message: what, timeout: withinMs, intervals: [50, 100, 200] }).toBe(true);
  return Date.now() - start;
}

import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DRAFT_MODE_PATH } from "../lib/paths";

/** Port of the `next start` the tests run against (each worktree or CI job can pick its own). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * The server reads a copy of content/ (CONTENT_DIR), made fresh before it
 * starts, so preview tests can write and edit drafts without touching the
 * repository's own files.
 */
export const E2E_CONTENT_DIR = path.join(os.tmpdir(), `onrecord-e2e-content-${E2E_PORT}`);

/** A secret for the test server only. */
export const E2E_PREVIEW_SECRET = process.env.PREVIEW_SECRET ?? "e2e-only-preview-secret";

/** The link that turns on draft mode and opens an article file (app/api/draft/route.ts), with this server's secret. */
export function draftUrl(slug: string, secret: string = E2E_PREVIEW_SECRET): string {
  return `${DRAFT_MODE_PATH}?secret=${encodeURIComponent(secret)}&slug=${encodeURIComponent(slug)}`;
}

/** Writes an article file into the server's content copy for one test; gives back its slug, preview link and clean-up. */
export function writeFixtureArticle(slug: string, article: unknown): { slug: string; previewUrl: string; remove: () => void } {
  const file = path.join(E2E_CONTENT_DIR, "articles", `${slug}.json`);
  writeFileSync(file, JSON.stringify(article));
  return { slug, previewUrl: draftUrl(slug), remove: () => rmSync(file, { force: true }) };
}

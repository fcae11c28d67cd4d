import os from "node:os";
import path from "node:path";

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

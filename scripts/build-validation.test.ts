import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = path.resolve(__dirname, "..");

describe("next build on broken content", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "onrecord-build-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const dir of ["articles", "people", "topics"]) mkdirSync(path.join(root, dir));
  writeFileSync(path.join(root, "topics", "nato.json"), JSON.stringify({ id: "nato", name: "NATO" }));
  writeFileSync(path.join(root, "articles", "broken.json"), "{ \"slug\": \"broken\",\n  oops }");

  it("stops before building, with the validator's file: path: message lines and no stack trace", () => {
    // A separate dist dir would need config; the build stops while loading next.config.js, before touching .next.
    const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: root, NEXT_TELEMETRY_DISABLED: "1", ONRECORD_CONTENT_VALIDATED: "" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/broken\.json: \$: invalid JSON: .* at line 2, column \d+/);
    expect(output).toContain("Build stopped");
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toContain("Creating an optimized production build");
  }, 120_000);
});

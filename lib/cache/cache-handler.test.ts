import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Runs a script against a fresh process's handler (its tag state is per process, as a server's is). */
function inServer(script: string): string {
  return execFileSync(process.execPath, ["-e", `const Handler = require("./lib/cache/cache-handler.js"); const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external"); (async () => { ${script} })();`], {
    env: { ...process.env, REDIS_URL: "", NEXT_PHASE: "", ONRECORD_PAGE_CACHE_DIR: dir },
    encoding: "utf8",
  });
}

describe("the file-system page cache", () => {
  it("remembers a revalidated tag after the server restarts", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "onrecord-fs-cache-"));
    inServer(`const h = new Handler({ serverDistDir: "/nowhere" }); await h.revalidateTag(["a:story"], { expire: 0 });`);
    const line = JSON.parse(readFileSync(path.join(dir, "revalidated-tags.ndjson"), "utf8").trim());
    expect(line).toMatchObject({ tag: "a:story", expired: expect.any(Number) });
    const after = inServer(`new Handler({ serverDistDir: "/nowhere" }); process.stdout.write(JSON.stringify(tagsManifest.get("a:story") ?? null));`);
    expect(JSON.parse(after)).toMatchObject({ expired: line.expired });
  });

  it("keeps no page that answered 404", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "onrecord-fs-cache-"));
    const out = inServer(`
      const h = new Handler({ serverDistDir: process.env.ONRECORD_PAGE_CACHE_DIR });
      let stored = [];
      Object.getPrototypeOf(Object.getPrototypeOf(h)).set = async (key) => { stored.push(key); };
      await h.set("/articles/missing", { kind: "APP_PAGE", status: 404 }, {});
      await h.set("/articles/found", { kind: "APP_PAGE", status: 200 }, {});
      process.stdout.write(JSON.stringify(stored));`);
    expect(JSON.parse(out)).toEqual(["/articles/found"]);
  });
});

import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempRoot } from "../lib/content/test-fixtures";
import { runScript } from "./lib/run-script";

const STORY = "<p>“Allies’ plan” — Tallinn</p><script>self.__next_f.push([1,\"Allies’\"])</script>";
const STORY_ASCII = "<p>&#x201c;Allies&#x2019; plan&#x201d; &#x2014; Tallinn</p><script>self.__next_f.push([1,\"Allies\\u2019\"])</script>";
const UNSAFE = "<style>q::before{content:\"“\"}</style><p>’</p>";

describe("scripts/ascii-pages.ts", () => {
  const build = makeTempRoot({
    "BUILD_ID": "test",
    "server/app/articles/story.html": STORY,
    "server/app/articles/story.rsc": "1:Allies’",
    "server/app/plain.html": "<p>plain</p>",
    "server/app/odd.html": UNSAFE,
    "server/route-cache/APP_PAGE/abc/$/articles/story.html": STORY,
  });
  afterAll(() => build.remove());

  it("rewrites the prerendered pages and the server's cached copies, and only .html files", { timeout: 60_000 }, () => {
    const run = runScript("ascii-pages.ts", [build.root]);
    expect(run.status).toBe(0);
    expect(readFileSync(build.file("server/app/articles/story.html"), "utf8")).toBe(STORY_ASCII);
    expect(readFileSync(build.file("server/route-cache/APP_PAGE/abc/$/articles/story.html"), "utf8")).toBe(STORY_ASCII);
    expect(readFileSync(build.file("server/app/articles/story.rsc"), "utf8")).toBe("1:Allies’");
    expect(readFileSync(build.file("server/app/plain.html"), "utf8")).toBe("<p>plain</p>");
    expect(run.stdout).toMatch(/2 pages escaped, 1 already ASCII, 1 left as they were/);
  });

  it("run again, finds nothing to rewrite and still names the page it cannot escape exactly, left as it was", { timeout: 60_000 }, () => {
    const run = runScript("ascii-pages.ts", [build.root]);
    expect(readFileSync(build.file("server/app/odd.html"), "utf8")).toBe(UNSAFE);
    expect(run.stderr).toContain(`${build.file("server/app/odd.html")}: a character outside ASCII in a style element: left as it was`);
    expect(run.stdout).toMatch(/0 pages escaped, 3 already ASCII, 1 left as they were/);
  });

  it("stops with a clear message where there is no build", { timeout: 60_000 }, () => {
    const run = runScript("ascii-pages.ts", [build.file("server")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/holds no build: run `next build` first/);
  });
});

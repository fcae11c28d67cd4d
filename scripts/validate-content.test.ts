import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeArticle, makePerson, makeTempRoot, makeTopic } from "../lib/content/test-fixtures";

const REPO = path.resolve(__dirname, "..");

/** Runs `npm run validate` the way a person would, from the repo root. */
function validate(root?: string) {
  const args = ["--import", "tsx", "scripts/validate-content.ts", ...(root ? [root] : [])];
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  const run = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", env, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `file: $.path: message`, one problem per line (temp paths have no spaces). */
const PROBLEM_LINE = /^(?<file>\S+): (?<path>\$\S*): (?<message>\S.*)$/;

describe("scripts/validate-content.ts", () => {
  const broken = makeTempRoot({
    "articles/test-article.json": makeArticle(),
    "articles/bad-json.json": '{\n  "slug": "bad-json",\n  "status": published\n}\n',
    "articles/missing-comma.json": '{\n  "slug": "missing-comma"\n  "status": "published"\n}\n',
    "articles/empty.json": "",
    "articles/wrong.json": { ...makeArticle({ slug: "wrong" }), headline: 7, headlin: "typo" },
    "articles/misnamed.json": makeArticle({ slug: "other-slug", topics: ["cyber"] }),
    "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
    "topics/nato.json": makeTopic("nato"),
    "topics/bad.json": { id: "bad", name: " Bad " },
  });
  afterAll(() => broken.remove());

  it("exits 1 on a broken root and prints every problem as `file: $.path: message`", { timeout: 60_000 }, () => {
    const run = validate(broken.root);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");

    const lines = run.stderr.split("\n").filter((l) => l.trim() !== "");
    const summary = lines.pop();
    expect(summary).toMatch(/^✗ 8 problems in .+\/ — fix them and run `npm run validate` again\.$/);
    for (const line of lines) expect(line, "every line is one problem").toMatch(PROBLEM_LINE);

    const found = lines.map((l) => {
      const m = PROBLEM_LINE.exec(l);
      return `${path.basename(m?.groups?.file ?? "")} ${m?.groups?.path}`;
    });
    expect(found.sort()).toEqual(
      [
        "bad-json.json $",
        "missing-comma.json $",
        "empty.json $",
        "wrong.json $",
        "wrong.json $.headline",
        "misnamed.json $.slug",
        "misnamed.json $.topics[0]",
        "bad.json $.name",
      ].sort(),
    );
  });

  it("names the file with its full path when it is outside the working directory", { timeout: 60_000 }, () => {
    const run = validate(broken.root);
    expect(run.stderr).toContain(`${broken.file("articles/empty.json")}: $: file is empty`);
  });

  it("never prints a stack trace", { timeout: 60_000 }, () => {
    const run = validate(broken.root);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/Error:/);
  });

  it("reports a missing content root as missing folders, exit 1", { timeout: 60_000 }, () => {
    const run = validate(path.join(broken.root, "nowhere"));
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").filter((l) => /folder is missing/.test(l))).toHaveLength(3);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("exits 0 on the real content with a one-line ✓ summary", { timeout: 60_000 }, () => {
    for (const run of [validate("content"), validate()]) {
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stdout.trimEnd()).toMatch(/^✓ content\/: \d+ articles \(\d+ drafts?\), \d+ speakers, \d+ topics — no problems\.$/);
    }
  });
});

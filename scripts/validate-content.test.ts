import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeArticle, makePerson, makeTempRoot, makeTopic } from "../lib/content/test-fixtures";
import { runScript } from "./lib/run-script";


/** Runs `npm run validate` the way a person would, from the repo root. */
const validate = (root?: string) => runScript("validate-content.ts", root ? [root] : []);

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

  it("exits 1 on a broken root and reports every problem", { timeout: 60_000 }, () => {
    const run = validate(broken.root);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n").pop()).toMatch(/^✗ 8 problems in .+\/ — fix them and run `npm run validate` again\.$/);
    const expected: [file: string, path: string][] = [
      ["articles/bad-json.json", "$"],
      ["articles/missing-comma.json", "$"],
      ["articles/empty.json", "$"],
      ["articles/wrong.json", "$"],
      ["articles/wrong.json", "$.headline"],
      ["articles/misnamed.json", "$.slug"],
      ["articles/misnamed.json", "$.topics[0]"],
      ["topics/bad.json", "$.name"],
    ];
    for (const [file, at] of expected) expect(run.stderr).toContain(`${broken.file(file)}: ${at}: `);
  });

  it("prints each problem on one line as `file: $.path: message`", { timeout: 60_000 }, () => {
    const lines = validate(broken.root).stderr.split("\n").filter((l) => l.trim() !== "");
    lines.pop(); // the ✗ summary
    for (const line of lines) expect(line, "every line is one problem").toMatch(PROBLEM_LINE);
    expect(lines).toHaveLength(8);
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

  it("reports a file where a folder should be without a stack trace", { timeout: 60_000 }, () => {
    const odd = makeTempRoot({ articles: "not a folder", "people/": null, "topics/": null });
    try {
      const run = validate(odd.root);
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).toContain(`${odd.file("articles")}: $: `);
    } finally {
      odd.remove();
    }
  });

  it("reports a missing content root as missing folders, exit 1", { timeout: 60_000 }, () => {
    const run = validate(path.join(broken.root, "nowhere"));
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").filter((l) => /folder is missing/.test(l))).toHaveLength(3);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("reports a broken draft as a warning and still exits 0", { timeout: 60_000 }, () => {
    const tmp = makeTempRoot({
      "articles/test-article.json": makeArticle(),
      "articles/unfinished.json": makeArticle({ slug: "unfinished", status: "draft", topics: ["nowhere"] }),
      "articles/half-typed.json": '{ "slug": "half-typed", "status": "draft", ',
      "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
      "topics/nato.json": makeTopic("nato"),
    });
    try {
      const run = validate(tmp.root);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain(`${tmp.file("articles/unfinished.json")}: $.topics[0]: unknown topic "nowhere"`);
      expect(run.stderr).toContain(`${tmp.file("articles/half-typed.json")}: $: invalid JSON`);
      expect(run.stderr).toMatch(/! 2 problems in 2 drafts: they stay unpublished/);
      expect(run.stdout).toMatch(/✓ .*3 articles \(2 drafts\).*published content has no problems/);
    } finally {
      tmp.remove();
    }
  });

  it("still fails on a broken published article beside a broken draft", { timeout: 60_000 }, () => {
    const tmp = makeTempRoot({
      "articles/test-article.json": { ...makeArticle(), headline: "" },
      "articles/unfinished.json": makeArticle({ slug: "unfinished", status: "draft", topics: ["nowhere"] }),
      "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
      "topics/nato.json": makeTopic("nato"),
    });
    try {
      const run = validate(tmp.root);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/✗ 1 problem in /);
    } finally {
      tmp.remove();
    }
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

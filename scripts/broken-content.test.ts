import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContentRoot } from "../lib/content/loader";
import { formatProblem } from "../lib/content/problems";
import { makeArticle, makePerson, makeTempRoot, makeTopic, paragraph, quote } from "../lib/content/test-fixtures";

const REPO = path.resolve(__dirname, "..");

/**
 * One broken file per kind of mistake an editor (or a bad export) can make,
 * each beside valid content, and the line every tool must print for it.
 */
const a = (slug: string, overrides: Record<string, unknown> = {}) => ({ ...makeArticle({ slug }), ...overrides });
const CASES: { name: string; file: string; content: unknown; path: string; message: RegExp }[] = [
  { name: "invalid JSON", file: "articles/invalid-json.json", content: '{ "slug": "invalid-json",\n  "status": }', path: "$", message: /invalid JSON: expected a value .*at line 2/ },
  { name: "wrong type", file: "articles/wrong-type.json", content: a("wrong-type", { headline: 42 }), path: "$.headline", message: /expected string/ },
  { name: "missing required field", file: "articles/missing-field.json", content: { ...a("missing-field"), publishedAt: undefined }, path: "$.publishedAt", message: /is required/ },
  { name: "unknown speaker", file: "articles/unknown-speaker.json", content: a("unknown-speaker", { speakers: [{ id: "nobody-at-all" }], body: [paragraph(quote("q-x", "nobody-at-all", "Hello"))] }), path: "$.speakers[0].id", message: /unknown speaker "nobody-at-all"/ },
  { name: "unknown topic", file: "articles/unknown-topic.json", content: a("unknown-topic", { topics: ["no-such-topic"] }), path: "$.topics[0]", message: /unknown topic "no-such-topic"/ },
  { name: "duplicate quote id", file: "articles/duplicate-quote.json", content: a("duplicate-quote", { body: [paragraph(quote("q-same", "jens-stoltenberg", "One")), paragraph(quote("q-same", "jens-stoltenberg", "Two"))] }), path: "$.body[1].children[0].id", message: /quote id "q-same" is already used at \$\.body\[0\]\.children\[0\]/ },
  { name: "duplicate slug", file: "articles/zz-copy-of-valid.json", content: a("valid-article"), path: "$.slug", message: /"valid-article" is already used by .*valid-article\.json/ },
  { name: "slug with a slash", file: "articles/slash.json", content: a("a/b"), path: "$.slug", message: /must be lowercase letters, digits and single hyphens/ },
  { name: "slug with ..", file: "articles/dots.json", content: a(".."), path: "$.slug", message: /must be lowercase letters, digits and single hyphens/ },
  { name: "slug with spaces", file: "articles/spaces.json", content: a("has spaces"), path: "$.slug", message: /must be lowercase letters/ },
  { name: "uppercase slug", file: "articles/upper.json", content: a("Upper-Case"), path: "$.slug", message: /must be lowercase letters/ },
  {
    name: "quote nested too deep",
    file: "articles/too-deep.json",
    content: a("too-deep", { body: [{ type: "paragraph", children: [{ type: "quote", id: "q-1", speaker: "jens-stoltenberg", children: [{ type: "quote", id: "q-2", speaker: "jens-stoltenberg", children: [{ type: "quote", id: "q-3", speaker: "jens-stoltenberg", children: ["deep"] }] }] }] }] }),
    path: "$.body[0].children[0].children[0].children[0].type",
    message: /"type": "quote" is not allowed here/,
  },
  { name: "empty body", file: "articles/empty-body.json", content: a("empty-body", { body: [] }), path: "$.body", message: /must have at least one block/ },
  { name: "1 MB paragraph", file: "articles/enormous.json", content: a("enormous", { body: [paragraph("x".repeat(1024 * 1024))] }), path: "$.body[0].children[0]", message: /is too long \(1,048,576 characters; at most 10,000\)/ },
  { name: "unknown field", file: "articles/unknown-field.json", content: a("unknown-field", { headlin: "typo" }), path: "$", message: /headlin/ },
  { name: "javascript: link", file: "articles/script-link.json", content: a("script-link", { body: [paragraph({ type: "link", href: "javascript:alert(1)", children: ["click"] })] }), path: "$.body[0].children[0].href", message: /./ },
  { name: "person of unknown kind", file: "people/odd-person.json", content: { ...makePerson("odd-person"), kind: "robot" }, path: "$.kind", message: /./ },
];

const VALID = {
  "articles/valid-article.json": makeArticle({ slug: "valid-article" }),
  "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
  "topics/nato.json": makeTopic("nato"),
};

function digest(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ["articles", "people", "topics"]) {
    for (const name of readdirSync(path.join(root, dir))) {
      out[`${dir}/${name}`] = createHash("sha256").update(readFileSync(path.join(root, dir, name))).digest("hex");
    }
  }
  return out;
}

describe("broken content", () => {
  const tmp = makeTempRoot({ ...VALID, ...Object.fromEntries(CASES.map((c) => [c.file, c.content])) });
  afterAll(() => tmp.remove());
  const before = digest(tmp.root);
  const problems = loadContentRoot(tmp.root).problems;

  it.each(CASES)("the loader rejects $name with file, JSON path and message", ({ file, path: at, message }) => {
    const mine = problems.filter((p) => p.file === tmp.file(file) && p.path === at);
    expect(mine.map((p) => p.message), formatProblem({ file, path: at, message: "…" })).toContainEqual(expect.stringMatching(message));
  });

  it("finds no problem in the valid files beside them", () => {
    expect(problems.filter((p) => p.file === tmp.file("articles/valid-article.json") || p.file === tmp.file("people/jens-stoltenberg.json"))).toEqual([]);
  });

  it("npm run validate prints the same line for every case and exits 1", { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate-content.ts", tmp.root], { cwd: REPO, encoding: "utf8" });
    expect(run.status).toBe(1);
    for (const c of CASES) expect(run.stderr, c.name).toContain(`${tmp.file(c.file)}: ${c.path}: `);
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it("next build stops with the same lines, before building anything", { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      cwd: REPO,
      env: { ...process.env, CONTENT_DIR: tmp.root, NEXT_TELEMETRY_DISABLED: "1", ONRECORD_CONTENT_VALIDATED: "" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    for (const c of CASES) expect(output, c.name).toContain(`${tmp.file(c.file)}: ${c.path}: `);
    expect(output).not.toContain("Creating an optimized production build");
  });

  it("leaves every file as it was", () => {
    expect(digest(tmp.root)).toEqual(before);
  });
});

describe("files from other editors", () => {
  it("accepts a byte-order mark and CRLF line endings", () => {
    const crlf = (value: unknown) => `\uFEFF${JSON.stringify(value, null, 2).replace(/\n/g, "\r\n")}\r\n`;
    const tmp = makeTempRoot({
      "articles/valid-article.json": crlf(makeArticle({ slug: "valid-article" })),
      "people/jens-stoltenberg.json": crlf(makePerson("jens-stoltenberg")),
      "topics/nato.json": crlf(makeTopic("nato")),
    });
    try {
      const loaded = loadContentRoot(tmp.root);
      expect(loaded.problems).toEqual([]);
      expect(loaded.articles.map((x) => x.value.slug)).toEqual(["valid-article"]);
    } finally {
      tmp.remove();
    }
  });
});

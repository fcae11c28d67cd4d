import { symlinkSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem } from "./problems";
import { loadSingleArticle } from "./loader";
import { type TempRoot, makeArticle, makePerson, makeTempRoot, makeTopic } from "./test-fixtures";

const valid = {
  "articles/test-article.json": makeArticle(),
  "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
  "topics/nato.json": makeTopic("nato"),
};

let tmp: TempRoot | undefined;
afterEach(() => tmp?.remove());

function root(files: Record<string, unknown>): string {
  tmp = makeTempRoot(files);
  return tmp.root;
}

function problemsOf(result: ReturnType<typeof loadSingleArticle>): string[] {
  return result.status === "invalid" ? result.problems.map(formatProblem) : [];
}

describe("loadSingleArticle", () => {
  it("loads an article with the people and topics it names", () => {
    const result = loadSingleArticle("test-article", root(valid));
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.article.headline).toBe("Allies meet in Washington");
    expect([...result.people.keys()]).toEqual(["jens-stoltenberg"]);
    expect([...result.topics.keys()]).toEqual(["nato"]);
  });

  it("loads a draft as readily as a published article", () => {
    const r = root({ ...valid, "articles/test-article.json": makeArticle({ status: "draft" }) });
    expect(loadSingleArticle("test-article", r).status).toBe("ok");
  });

  it("reads nothing it does not need: broken unrelated files do not matter", () => {
    const r = root({ ...valid, "articles/other.json": "{ broken", "people/someone-else.json": "[]", "topics/unused.json": 1 });
    expect(loadSingleArticle("test-article", r).status).toBe("ok");
  });

  it.each(["no-such-article", "../people/jens-stoltenberg", "..%2Fx", "Test-Article", "a/b", "", "x".repeat(500)])(
    "treats %j as missing without touching the disk outside articles/",
    (slug) => {
      expect(loadSingleArticle(slug, root(valid))).toEqual({ status: "missing" });
    },
  );

  it("refuses a symbolic link", () => {
    const r = root({ ...valid, "articles/real.json": makeArticle({ slug: "linked" }) });
    symlinkSync(`${r}/articles/real.json`, `${r}/articles/linked.json`);
    expect(problemsOf(loadSingleArticle("linked", r))).toEqual([expect.stringMatching(/linked\.json: \$: is a symbolic link/)]);
  });

  it("reports a JSON syntax error with its position", () => {
    const r = root({ ...valid, "articles/test-article.json": '{\n  "slug": "test-article",\n  "status" "draft"\n}' });
    expect(problemsOf(loadSingleArticle("test-article", r))).toEqual([expect.stringMatching(/test-article\.json: \$: invalid JSON: expected a colon .* at line 3/)]);
  });

  it("reports schema problems with their JSON path", () => {
    const r = root({ ...valid, "articles/test-article.json": { ...makeArticle(), headline: "" } });
    expect(problemsOf(loadSingleArticle("test-article", r))).toEqual([expect.stringContaining("test-article.json: $.headline: must not be empty")]);
  });

  it("reports unknown people and topics, and a person file that names someone else", () => {
    const r = root({
      "articles/test-article.json": makeArticle({ topics: ["nato", "ghost-topic"] }),
      "people/jens-stoltenberg.json": makePerson("someone-else"),
      "topics/nato.json": makeTopic("nato"),
    });
    const problems = problemsOf(loadSingleArticle("test-article", r));
    expect(problems).toContainEqual(expect.stringMatching(/people\/jens-stoltenberg\.json: \$\.id: "someone-else" does not match the file name/));
    expect(problems).toContainEqual(expect.stringContaining('$.topics[1]: unknown topic "ghost-topic"'));
    // The file exists: it is named as invalid, not as missing.
    expect(problems).toContainEqual(expect.stringContaining('$.speakers[0].id: speaker "jens-stoltenberg": content/people/jens-stoltenberg.json is invalid'));
    expect(problems.join("\n")).not.toContain('unknown speaker "jens-stoltenberg"');
  });

  it("suggests the nearest id for a misspelt speaker or topic", () => {
    const r = root({
      ...valid,
      "articles/test-article.json": makeArticle({
        topics: ["natto"],
        speakers: [{ id: "jens-stoltenbreg" }],
        body: [{ type: "paragraph", children: [{ type: "quote", id: "q-a", speaker: "jens-stoltenbreg", children: ["A"] }] }],
      }),
    });
    const problems = problemsOf(loadSingleArticle("test-article", r));
    expect(problems).toContainEqual(expect.stringContaining('unknown topic "natto" (no content/topics/natto.json; did you mean "nato"?)'));
    expect(problems).toContainEqual(expect.stringContaining('did you mean "jens-stoltenberg"?'));
  });

  it("gives a clean article's style warnings beside it", () => {
    const r = root({
      ...valid,
      "articles/test-article.json": makeArticle({
        body: [{ type: "paragraph", children: [{ type: "quote", id: "q-a", speaker: "jens-stoltenberg", children: ["“Marked twice”"] }] }],
      }),
    });
    const loaded = loadSingleArticle("test-article", r);
    expect(loaded.status).toBe("ok");
    if (loaded.status === "ok") expect(loaded.warnings.map((w) => w.path)).toEqual(["$.body[0].children[0].children"]);
  });

  it("reports a slug that does not match its file name", () => {
    const r = root({ ...valid, "articles/test-article.json": makeArticle({ slug: "another-slug" }) });
    expect(problemsOf(loadSingleArticle("test-article", r))).toEqual([expect.stringContaining('$.slug: "another-slug" does not match the file name')]);
  });
});

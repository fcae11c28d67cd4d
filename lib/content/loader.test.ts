import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentRoot, loadContentRoot } from "./loader";
import { type Problem } from "./problems";
import { type TempRoot, makeArticle, makePerson, makeTempRoot, makeTopic, paragraph, quote } from "./test-fixtures";

const roots: TempRoot[] = [];
function tempRoot(files: Record<string, unknown>): TempRoot {
  const root = makeTempRoot(files);
  roots.push(root);
  return root;
}
afterAll(() => roots.forEach((r) => r.remove()));

/** Problems as "<file relative to the root>: <path>", so they compare whatever the temp dir is called. */
function where(root: TempRoot, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${path.relative(root.root, path.resolve(p.file)).split(path.sep).join("/")}: ${p.path}`);
}

const valid = {
  "articles/test-article.json": makeArticle(),
  "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
  "topics/nato.json": makeTopic("nato"),
};

describe("loadContentRoot on a temp content root", () => {
  it("loads a valid root with no problems", () => {
    const root = tempRoot(valid);
    const loaded = loadContentRoot(root.root);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles.map((a) => a.value)).toEqual([makeArticle()]);
    expect(loaded.people.map((p) => p.value.id)).toEqual(["jens-stoltenberg"]);
    expect(loaded.topics.map((t) => t.value.id)).toEqual(["nato"]);
    expect(path.resolve(loaded.articles[0]?.file ?? "")).toBe(root.file("articles/test-article.json"));
  });

  it("reports every problem in every file, and still returns the valid files", () => {
    const root = tempRoot({
      ...valid,
      "articles/bad-json.json": '{\n  "slug": "bad-json"\n  "status": "published"\n}\n',
      "articles/empty.json": "",
      "articles/wrong-types.json": { ...makeArticle({ slug: "wrong-types" }), headline: 42, status: "live" },
      "articles/misnamed.json": makeArticle({ slug: "named-otherwise" }),
      "articles/windows.json": `\uFEFF${JSON.stringify(makeArticle({ slug: "windows" }), null, 2).replace(/\n/g, "\r\n")}`,
      "articles/README.txt": "not content",
      "people/robot.json": { ...makePerson("robot"), kind: "robot" },
      "topics/unknown-field.json": { ...makeTopic("unknown-field"), colour: "red" },
    });
    const loaded = loadContentRoot(root.root);
    expect(where(root, loaded.problems).sort()).toEqual(
      [
        "articles/bad-json.json: $",
        "articles/empty.json: $",
        "articles/wrong-types.json: $.headline",
        "articles/wrong-types.json: $.status",
        "articles/misnamed.json: $.slug",
        "people/robot.json: $.kind",
        "topics/unknown-field.json: $",
      ].sort(),
    );
    expect(loaded.articles.map((a) => a.value.slug)).toEqual(["named-otherwise", "test-article", "windows"]);
    expect(loaded.people.map((p) => p.value.id)).toEqual(["jens-stoltenberg"]);
    expect(loaded.topics.map((t) => t.value.id)).toEqual(["nato"]);
  });

  it("cross-checks across files: an article quoting someone with no people file", () => {
    const root = tempRoot({
      ...valid,
      "articles/second.json": makeArticle({
        slug: "second",
        speakers: [{ id: "nato" }],
        body: [paragraph(quote("q-nato", "nato", "irreversible"))],
      }),
    });
    expect(loadContentRoot(root.root).problems).toEqual([
      { file: expect.stringMatching(/second\.json$/), path: "$.speakers[0].id", message: 'unknown speaker "nato" (no content/people/nato.json)' },
    ]);
  });

  it("reports a missing folder", () => {
    const root = tempRoot({ "articles/": null, "people/": null });
    expect(where(root, loadContentRoot(root.root).problems)).toEqual(["topics: $"]);
    expect(loadContentRoot(root.root).problems[0]?.message).toMatch(/folder is missing.*topics\//);
  });

  it("reports all three folders of a root that does not exist", () => {
    const root = tempRoot({});
    const missing = path.join(root.root, "nowhere");
    const problems = loadContentRoot(missing).problems;
    expect(problems.map((p) => path.relative(missing, path.resolve(p.file)))).toEqual(["articles", "people", "topics"]);
    expect(problems.every((p) => p.path === "$" && /folder is missing/.test(p.message))).toBe(true);
  });

  it("reports a file where a folder should be, instead of throwing", () => {
    const root = tempRoot({ articles: "not a folder", "people/": null, "topics/": null });
    let problems: Problem[] = [];
    expect(() => {
      problems = loadContentRoot(root.root).problems;
    }).not.toThrow();
    expect(where(root, problems)).toEqual(["articles: $"]);
  });

  it("still cross-checks an article that failed its schema, so every problem shows in one run", () => {
    const root = tempRoot({
      ...valid,
      "articles/test-article.json": {
        ...makeArticle({ topics: ["nato", "ghost-topic"], speakers: [{ id: "jens-stoltenberg" }, { id: "nobody" }] }),
        headline: "",
      },
    });
    const problems = loadContentRoot(root.root).problems;
    expect(where(root, problems)).toEqual(["articles/test-article.json: $.headline", "articles/test-article.json: $.topics[1]", "articles/test-article.json: $.speakers[1].id"]);
    // A quote the schema refused may be missing from what was read, so "never quoted" is not claimed.
    expect(problems.map((p) => p.message).join("\n")).not.toContain("never quoted");
  });

  it("names an invalid person file as invalid, not as missing", () => {
    const root = tempRoot({ ...valid, "people/jens-stoltenberg.json": { ...makePerson("jens-stoltenberg"), kind: "robot" } });
    const messages = loadContentRoot(root.root).problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/^must be one of/));
    expect(messages).toContain('speaker "jens-stoltenberg": content/people/jens-stoltenberg.json is invalid (see its own problems)');
    expect(messages.join("\n")).not.toContain("unknown speaker");
  });

  it("warns, without a problem, when a quote's text carries its own marks", () => {
    const root = tempRoot({
      ...valid,
      "articles/test-article.json": makeArticle({ body: [paragraph(quote("q-a", "jens-stoltenberg", '"Marked twice"'))] }),
    });
    const loaded = loadContentRoot(root.root);
    expect(loaded.problems).toEqual([]);
    expect(where(root, loaded.warnings)).toEqual(["articles/test-article.json: $.body[0].children[0].children"]);
  });

  it("names files relative to the working directory when they are inside it", () => {
    const loaded = loadContentRoot(path.resolve("content"));
    expect(loaded.articles.map((a) => a.file)).toContain(path.join("content", "articles", "nato-allies-combat-russian-hybrid-attacks.json"));
  });
});

describe("the real content root", () => {
  const loaded = loadContentRoot(path.resolve(__dirname, "../../content"));

  it("has no problems", () => {
    expect(loaded.problems).toEqual([]);
  });

  it("contains the seed article and what it refers to", () => {
    const seed = loaded.articles.find((a) => a.value.slug === "nato-allies-combat-russian-hybrid-attacks");
    expect(seed?.value.headline).toBe("NATO chief: Allies combat Russian hybrid attacks with intelligence, more support for Ukraine");
    const people = loaded.people.map((p) => p.value.id);
    expect(people).toEqual(expect.arrayContaining(["jens-stoltenberg", "nato", "volodymyr-zelensky"]));
    expect(loaded.topics.length).toBeGreaterThan(0);
  });
});

describe("contentRoot", () => {
  it("is ./content by default and CONTENT_DIR when set", () => {
    const saved = process.env.CONTENT_DIR;
    try {
      delete process.env.CONTENT_DIR;
      expect(contentRoot()).toBe(path.resolve("content"));
      process.env.CONTENT_DIR = "some/where";
      expect(contentRoot()).toBe(path.resolve("some/where"));
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });
});

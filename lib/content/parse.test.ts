import { describe, expect, it } from "vitest";
import { parseArticle, parseJsonText, parsePerson, parseTopic } from "./parse";
import { formatProblem, type Problem } from "./problems";
import { makeArticle, paragraph } from "./test-fixtures";

const FILE = "content/articles/test-article.json";

/** The problems parseArticle reports for this JSON value ([] when it parses). */
function articleProblems(value: unknown): Problem[] {
  const result = parseArticle(FILE, JSON.stringify(value, null, 2));
  return result.ok ? [] : result.problems;
}

/** A raw (unchecked) article: the valid fixture with some top-level fields replaced. */
function raw(overrides: Record<string, unknown>): Record<string, unknown> {
  return { ...makeArticle(), ...overrides };
}

/** A body whose second block is the one under test, so paths read `$.body[1]…`. */
function bodyWith(block: unknown): unknown[] {
  return [paragraph("The alliance met on Thursday."), block];
}

const problem = (path: string, message: RegExp) => ({ file: FILE, path, message: expect.stringMatching(message) });

function jsonError(source: string): string {
  const result = parseJsonText(FILE, source);
  if (result.ok) throw new Error("expected a JSON syntax error");
  expect(result.problems).toHaveLength(1);
  const [p] = result.problems;
  expect(p?.path).toBe("$");
  return p?.message ?? "";
}

describe("parseJsonText", () => {
  it("parses a JSON document", () => {
    expect(parseJsonText(FILE, '{"a": [1, "two"]}')).toEqual({ ok: true, value: { a: [1, "two"] } });
  });

  it("accepts a byte-order mark", () => {
    expect(parseJsonText(FILE, '\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it("accepts CRLF line endings", () => {
    expect(parseJsonText(FILE, '{\r\n  "a": 1,\r\n  "b": "x"\r\n}\r\n')).toEqual({ ok: true, value: { a: 1, b: "x" } });
  });

  it.each([
    ["empty", ""],
    ["blank", "  \n\t\r\n"],
    ["only a byte-order mark", "\uFEFF"],
  ])("reports an %s file as empty", (_, source) => {
    expect(parseJsonText(FILE, source)).toEqual({
      ok: false,
      problems: [{ file: FILE, path: "$", message: "file is empty (expected a JSON object)" }],
    });
  });

  it("names line and column of a missing comma", () => {
    const message = jsonError('{\n  "slug": "a"\n  "status": "published"\n}');
    expect(message).toMatch(/^invalid JSON: /);
    expect(message).toContain("line 3, column 3");
  });

  // An unquoted value and a trailing comma in an array are the commonest
  // hand-editing mistakes; V8 reports them as "Unexpected token" with no position.
  it.each([
    ["a trailing comma", '{\n  "slug": "a",\n}', "line 3, column 1"],
    ["a truncated file", '{\n  "slug": "a"', "line 2, column 14"],
    ["a missing comma in a CRLF file", '{\r\n  "slug": "a"\r\n  "status": "published"\r\n}', "line 3, column 3"],
    ["a missing colon after a byte-order mark", '\uFEFF{"a" 1}', "line 1, column 6"],
    ["an unquoted value", '{\n  "status": published\n}', "line 2, column 13"],
    ["a trailing comma in an array", '{\n  "topics": ["nato",]\n}', "line 2, column 21"],
  ])("names line and column of %s", (_case, source, where) => {
    expect(jsonError(source)).toContain(where);
  });

  it("keeps a syntax error on one line, so `file: $: message` stays one line", () => {
    expect(jsonError('{\n  "slug": "a",\n  "status": published\n}')).not.toMatch(/[\r\n]/);
  });
});

describe("parseArticle: the whole document", () => {
  it("accepts a valid article, with BOM and CRLF", () => {
    const text = JSON.stringify(makeArticle(), null, 2);
    const plain = parseArticle(FILE, text);
    const windows = parseArticle(FILE, `\uFEFF${text.replace(/\n/g, "\r\n")}\r\n`);
    expect(plain).toEqual({ ok: true, value: makeArticle() });
    expect(windows).toEqual(plain);
  });

  it("rejects a document that is not an object", () => {
    expect(articleProblems([])).toEqual([problem("$", /expected object, got an array/)]);
    expect(articleProblems(null)).toEqual([problem("$", /expected object, got null/)]);
  });

  it("reports a wrong type at its field", () => {
    expect(articleProblems(raw({ headline: 42 }))).toEqual([problem("$.headline", /^expected string, got number 42$/)]);
    expect(articleProblems(raw({ demo: "yes" }))).toEqual([problem("$.demo", /expected boolean, got "yes"/)]);
  });

  it("says a missing field is required", () => {
    const { publishedAt: _, ...article } = makeArticle();
    expect(articleProblems(article)).toEqual([problem("$.publishedAt", /is required/)]);
  });

  it("lists the allowed values of an enum", () => {
    expect(articleProblems(raw({ status: "live" }))).toEqual([problem("$.status", /"published".*"draft".*got "live"/)]);
  });

  it("rejects an unknown field, naming it", () => {
    expect(articleProblems(raw({ headlin: "Typo" }))).toEqual([problem("$", /unknown field "headlin"/)]);
  });

  it("reports a misspelt field as unknown and the real one as missing", () => {
    const { headline, ...article } = makeArticle();
    expect(articleProblems({ ...article, headlin: headline })).toEqual(
      expect.arrayContaining([problem("$", /unknown field "headlin"/), problem("$.headline", /is required/)]),
    );
  });

  it.each(["a/b", "..", "../etc/passwd", "has space", "Upper-Case", "-leading", "double--hyphen", ""])(
    "rejects slug %j",
    (slug) => {
      expect(articleProblems(raw({ slug }))).toEqual([problem("$.slug", /lowercase letters, digits and single hyphens/)]);
    },
  );

  it("rejects a one-line field with a line break or surrounding blanks", () => {
    expect(articleProblems(raw({ headline: "Two\nlines" }))).toEqual([problem("$.headline", /single line/)]);
    expect(articleProblems(raw({ section: " Defense" }))).toEqual([problem("$.section", /whitespace/)]);
  });

  it("rejects an article with no topics", () => {
    expect(articleProblems(raw({ topics: [] }))).toEqual([problem("$.topics", /at least one topic/)]);
  });
});

describe("parseArticle: dates", () => {
  it.each(["2024-07-11T12:00:00Z", "2024-07-11T12:00:00+02:00", "2024-07-11T12:00:00.250-05:00"])("accepts %s", (publishedAt) => {
    expect(articleProblems(raw({ publishedAt }))).toEqual([]);
  });

  it.each(["2024-07-11", "2024-07-11T12:00:00", "11/07/2024", "2024-02-30T12:00:00Z", "2024-07-11 12:00:00Z"])(
    "rejects %s",
    (publishedAt) => {
      expect(articleProblems(raw({ publishedAt }))).toEqual([problem("$.publishedAt", /ISO 8601 date-time with a time zone/)]);
    },
  );

  it("rejects updatedAt earlier than publishedAt", () => {
    expect(articleProblems(raw({ publishedAt: "2024-07-11T12:00:00Z", updatedAt: "2024-07-11T11:59:59Z" }))).toEqual([
      problem("$.updatedAt", /earlier than publishedAt/),
    ]);
  });

  it("compares instants, not strings, across time zones", () => {
    // 11:00Z is after 12:00+02:00 (10:00Z); 11:00+02:00 (09:00Z) is before it.
    expect(articleProblems(raw({ publishedAt: "2024-07-11T12:00:00+02:00", updatedAt: "2024-07-11T11:00:00Z" }))).toEqual([]);
    expect(articleProblems(raw({ publishedAt: "2024-07-11T12:00:00+02:00", updatedAt: "2024-07-11T11:00:00+02:00" }))).toEqual([
      problem("$.updatedAt", /earlier than publishedAt/),
    ]);
  });

  it("accepts updatedAt equal to publishedAt", () => {
    expect(articleProblems(raw({ updatedAt: "2024-07-11T12:00:00Z" }))).toEqual([]);
  });
});

describe("parseArticle: the body", () => {
  const quoteNode = (fields: Record<string, unknown>) => ({ type: "quote", id: "q-ready", speaker: "jens-stoltenberg", children: ["We are ready"], ...fields });

  it("rejects an empty body", () => {
    expect(articleProblems(raw({ body: [] }))).toEqual([problem("$.body", /at least one block/)]);
  });

  it("rejects a quote id without the q- prefix", () => {
    const body = bodyWith({ type: "paragraph", children: [quoteNode({ id: "ready" })] });
    expect(articleProblems(raw({ body }))).toEqual([problem("$.body[1].children[0].id", /must start with "q-"/)]);
  });

  it("reports a bad speaker deep in a paragraph at its own path", () => {
    const body = bodyWith({ type: "paragraph", children: ["He said ", quoteNode({ speaker: "Jens-Stoltenberg" })] });
    expect(articleProblems(raw({ body }))).toEqual([problem("$.body[1].children[1].speaker", /lowercase letters/)]);
  });

  it("reports a quote missing its id at the id, not as Invalid input at the block", () => {
    const { id: _, ...noId } = quoteNode({});
    const body = bodyWith({ type: "paragraph", children: [noId] });
    expect(articleProblems(raw({ body }))).toEqual([problem("$.body[1].children[0].id", /is required/)]);
  });

  it("reports bad fields inside blockquotes and list items at their paths", () => {
    const blockquote = bodyWith({ type: "blockquote", id: "q-block", speaker: "NATO", children: ["Words"] });
    expect(articleProblems(raw({ body: blockquote }))).toEqual([problem("$.body[1].speaker", /lowercase letters/)]);
    const list = bodyWith({ type: "list", ordered: false, items: [["First"], ["Second ", quoteNode({ id: "q_bad" })]] });
    expect(articleProblems(raw({ body: list }))).toEqual([problem("$.body[1].items[1][1].id", /must start with "q-"/)]);
  });

  it("reports a misspelt field in a block as unknown, and the real one as missing", () => {
    const body = bodyWith({ type: "paragraph", childs: ["Words"] });
    expect(articleProblems(raw({ body }))).toEqual(
      expect.arrayContaining([problem("$.body[1]", /unknown field "childs"/), problem("$.body[1].children", /is required/)]),
    );
  });

  it("reports an unknown field in a quote at the quote, naming it", () => {
    const body = bodyWith({ type: "paragraph", children: [quoteNode({ role: "Secretary-General" })] });
    expect(articleProblems(raw({ body }))).toEqual([problem("$.body[1].children[0]", /unknown field "role"/)]);
  });

  it("reports a misspelt field in a quote as unknown and missing, not as a shape mismatch", () => {
    const { speaker, ...rest } = quoteNode({});
    const body = bodyWith({ type: "paragraph", children: [{ ...rest, speeker: speaker }] });
    const found = articleProblems(raw({ body }));
    expect(found).toEqual(
      expect.arrayContaining([problem("$.body[1].children[0]", /unknown field "speeker"/), problem("$.body[1].children[0].speaker", /is required/)]),
    );
    expect(found.map((p) => p.message)).not.toContainEqual(expect.stringMatching(/does not match any allowed shape/));
  });

  it("reports an unknown block type at its path, naming the type", () => {
    const [p, ...rest] = articleProblems(raw({ body: bodyWith({ type: "video", src: "/clip.mp4" }) }));
    expect(rest).toEqual([]);
    expect(p?.path).toMatch(/^\$\.body\[1\](\.type)?$/);
    expect(p?.message).toContain('"video"');
  });

  it("reports an unknown inline type at its path, naming the type", () => {
    const [p, ...rest] = articleProblems(raw({ body: bodyWith({ type: "paragraph", children: ["See ", { type: "image", src: "/x.png" }] }) }));
    expect(rest).toEqual([]);
    expect(p?.path).toMatch(/^\$\.body\[1\]\.children\[1\](\.type)?$/);
    expect(p?.message).toContain('"image"');
  });

  it("accepts a quote nested once, in a paragraph and in a blockquote", () => {
    const nested = { type: "quote", id: "q-inner", speaker: "nato", children: ["irreversible"] };
    const inParagraph = bodyWith({ type: "paragraph", children: [quoteNode({ children: ["They called it ", nested] })] });
    const inBlockquote = bodyWith({ type: "blockquote", id: "q-block", speaker: "jens-stoltenberg", children: ["They called it ", nested] });
    expect(articleProblems(raw({ body: inParagraph }))).toEqual([]);
    expect(articleProblems(raw({ body: inBlockquote }))).toEqual([]);
  });

  it("rejects a quote nested inside a nested quote", () => {
    const deepest = { type: "quote", id: "q-deepest", speaker: "nato", children: ["too deep"] };
    const nested = { type: "quote", id: "q-inner", speaker: "nato", children: [deepest] };
    const body = bodyWith({ type: "paragraph", children: [quoteNode({ children: ["They said ", nested] })] });
    const [p, ...rest] = articleProblems(raw({ body }));
    expect(rest).toEqual([]);
    expect(p?.path).toMatch(/^\$\.body\[1\]\.children\[0\]\.children\[1\]\.children\[0\]/);
    expect(p?.message).toContain("quote");
  });

  it("rejects a quote nested twice inside a blockquote", () => {
    const deepest = { type: "quote", id: "q-deepest", speaker: "nato", children: ["too deep"] };
    const body = bodyWith({ type: "blockquote", id: "q-block", speaker: "nato", children: [{ type: "quote", id: "q-inner", speaker: "nato", children: [deepest] }] });
    const [p] = articleProblems(raw({ body }));
    expect(p?.path).toMatch(/^\$\.body\[1\]\.children\[0\]\.children\[0\]/);
  });

  it("rejects a quote in a heading", () => {
    const body = bodyWith({ type: "heading", level: 2, children: [quoteNode({})] });
    const [p] = articleProblems(raw({ body }));
    expect(p?.path).toMatch(/^\$\.body\[1\]\.children\[0\]/);
  });

  it("rejects a 1 MB paragraph as too long, without echoing it", () => {
    const body = [paragraph("x".repeat(1024 * 1024))];
    const found = articleProblems(raw({ body }));
    expect(found).toEqual([problem("$.body[0].children[0]", /too long/)]);
    expect(formatProblem(found[0] as Problem).length).toBeLessThan(200);
  });

  it("accepts a paragraph of exactly 10,000 characters", () => {
    expect(articleProblems(raw({ body: [paragraph("x".repeat(10_000))] }))).toEqual([]);
  });

  // `/\evil.example/x` looks like a path, but browsers read a backslash as "/": it links to https://evil.example/x.
  it.each(["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "//evil.example/x", "/\\evil.example/x", "data:text/html,hi", "mailto:a@b.c"])(
    "rejects link href %j",
    (href) => {
      const body = [paragraph("See ", { type: "link", href, children: ["this"] })];
      expect(articleProblems(raw({ body }))).toEqual([problem("$.body[0].children[1].href", /http\(s\) URL or a path/)]);
    },
  );

  it.each(["https://www.nato.int/cps/en/natohq/news.htm", "http://example.com", "/topics/nato", "/"])("accepts link href %j", (href) => {
    const body = [paragraph("See ", { type: "link", href, children: ["this"] })];
    expect(articleProblems(raw({ body }))).toEqual([]);
  });

  it("reports every problem in the file, not just the first", () => {
    const found = articleProblems(raw({ headline: 1, status: "live", body: bodyWith({ type: "paragraph", children: [quoteNode({ id: "x" })] }) }));
    expect(found.map((p) => p.path).sort()).toEqual(["$.body[1].children[0].id", "$.headline", "$.status"]);
  });
});

describe("parsePerson and parseTopic", () => {
  it("accept valid files", () => {
    expect(parsePerson("p.json", '{"id": "nato", "name": "NATO", "kind": "organisation", "aliases": ["the alliance"]}')).toEqual({
      ok: true,
      value: { id: "nato", name: "NATO", kind: "organisation", aliases: ["the alliance"] },
    });
    expect(parseTopic("t.json", '{"$schema": "../schema/topic.schema.json", "id": "nato", "name": "NATO"}').ok).toBe(true);
  });

  it("report bad fields at their paths", () => {
    expect(parsePerson("p.json", '{"id": "nato", "name": "NATO", "kind": "robot"}')).toEqual({
      ok: false,
      problems: [{ file: "p.json", path: "$.kind", message: expect.stringMatching(/"person", "organisation", got "robot"/) }],
      // Kept so the cross-file checks can still read what the file refers to.
      json: { id: "nato", name: "NATO", kind: "robot" },
    });
    expect(parsePerson("p.json", '{"id": "nato", "name": "NATO", "kind": "person", "aliases": ["ok", ""]}')).toMatchObject({
      ok: false,
      problems: [{ file: "p.json", path: "$.aliases[1]", message: expect.stringMatching(/empty/) }],
    });
    expect(parseTopic("t.json", '{"id": "NATO", "name": "NATO", "colour": "blue"}')).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { file: "t.json", path: "$.id", message: expect.stringMatching(/lowercase/) },
        { file: "t.json", path: "$", message: expect.stringMatching(/unknown field "colour"/) },
      ]),
    });
  });
});

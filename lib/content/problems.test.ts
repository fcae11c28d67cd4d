import { describe, expect, it } from "vitest";
import { formatProblem, jsonPath, problemsFromZod } from "./problems";
import { articleSchema, personSchema } from "./schema";
import { makeArticle, paragraph } from "./test-fixtures";

/** Runs a real schema the way parse.ts does, and formats what comes out. */
function problems(schema: typeof articleSchema | typeof personSchema, input: unknown, prefix: (string | number)[] = []): string[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return problemsFromZod("f.json", result.error.issues, prefix).map(formatProblem);
}

describe("jsonPath", () => {
  it("is $ for the whole document", () => {
    expect(jsonPath([])).toBe("$");
  });

  it("writes identifiers with dots and indexes in brackets", () => {
    expect(jsonPath(["body", 1, "children", 0, "speaker"])).toBe("$.body[1].children[0].speaker");
    expect(jsonPath(["body", 2, "items", 1, 0, "id"])).toBe("$.body[2].items[1][0].id");
    expect(jsonPath(["$schema"])).toBe("$.$schema");
  });

  it("quotes keys that are not identifiers", () => {
    expect(jsonPath(["has space"])).toBe('$["has space"]');
    expect(jsonPath(["1st"])).toBe('$["1st"]');
    expect(jsonPath(["a-b", 0])).toBe('$["a-b"][0]');
  });
});

describe("formatProblem", () => {
  it("is file: path: message", () => {
    expect(formatProblem({ file: "content/articles/a.json", path: "$.body[0]", message: "is wrong" })).toBe(
      "content/articles/a.json: $.body[0]: is wrong",
    );
  });
});

describe("problemsFromZod", () => {
  it("prefixes paths", () => {
    expect(problems(personSchema, { id: "p", name: "P", kind: "robot" }, ["people", 3])).toEqual([
      'f.json: $.people[3].kind: must be one of "person", "organisation", got "robot"',
    ]);
  });

  it("says a missing field is required, and a wrong one what it got", () => {
    expect(problems(personSchema, { id: "p", kind: "person" })).toEqual(["f.json: $.name: is required (expected string)"]);
    expect(problems(personSchema, { id: "p", name: null, kind: "person" })).toEqual(["f.json: $.name: expected string, got null"]);
    expect(problems(personSchema, { id: "p", name: ["P"], kind: "person" })).toEqual(["f.json: $.name: expected string, got an array"]);
    expect(problems(personSchema, { id: "p", name: "P", kind: "person", aliases: "P" })).toEqual([
      'f.json: $.aliases: expected array, got "P"',
    ]);
  });

  it("names every unknown field", () => {
    const [line, ...rest] = problems(personSchema, { id: "p", name: "P", kind: "person", nmae: "x", roles: [] });
    expect(rest).toEqual([]);
    expect(line).toMatch(/^f\.json: \$: unknown fields "nmae", "roles"/);
  });

  it("shortens a long bad value instead of echoing all of it", () => {
    const [line] = problems(articleSchema, { ...makeArticle(), status: "p".repeat(500) });
    expect(line).toBe(`f.json: $.status: must be one of "published", "draft", got "${"p".repeat(37)}…"`);
  });

  it("reports a too-long string with its length, not the string", () => {
    const [line, ...rest] = problems(articleSchema, { ...makeArticle(), headline: "h".repeat(201) });
    expect(rest).toEqual([]);
    expect(line).toMatch(/^f\.json: \$\.headline: is too long \(201 characters; at most 200\)$/);
  });

  it("reports a union that matched no shape at the union, saying what it got", () => {
    expect(problems(articleSchema, { ...makeArticle(), body: [{ type: "paragraph", children: [42] }] })).toEqual([
      "f.json: $.body[0].children[0]: does not match any allowed shape (got number 42)",
    ]);
  });

  it("reports a union through the branch that got furthest", () => {
    const body = [paragraph("Intro."), { type: "paragraph", children: [{ type: "emphasis", children: [7] }] }];
    expect(problems(articleSchema, { ...makeArticle(), body })).toEqual([
      "f.json: $.body[1].children[0].children[0]: expected string, got number 7",
    ]);
  });
});

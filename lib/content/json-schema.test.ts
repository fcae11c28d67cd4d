import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentJsonSchemas } from "./json-schema";

const CONTENT = path.resolve(__dirname, "../../content");
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));

describe("committed JSON Schemas", () => {
  const generated = contentJsonSchemas();

  it.each(["article", "person", "topic"] as const)("content/schema/%s.schema.json is what `npm run schema` writes now", (name) => {
    const file = path.join(CONTENT, "schema", `${name}.schema.json`);
    // Byte for byte, as scripts/generate-schema.ts writes it (and `--check` compares it).
    expect(readFileSync(file, "utf8"), `${file} is out of date: run npm run schema`).toBe(`${JSON.stringify(generated[name], null, 2)}\n`);
  });

  it("has no schema files that the generator does not write", () => {
    const written = Object.keys(generated).map((name) => `${name}.schema.json`).sort();
    expect(readdirSync(path.join(CONTENT, "schema")).filter((f) => f.endsWith(".json")).sort()).toEqual(written);
  });

  it("identifies each schema and demands the fields the zod schema demands", () => {
    const article = generated.article as { $id?: string; required?: string[]; additionalProperties?: unknown };
    expect(article.$id).toBe("https://onrecord.example/schema/article.schema.json");
    expect(article.required).toEqual(expect.arrayContaining(["slug", "status", "section", "headline", "publishedAt", "topics", "speakers", "body"]));
    expect(article.required).not.toContain("updatedAt");
    expect(article.additionalProperties).toBe(false);
    expect((generated.person as { required?: string[] }).required).toEqual(expect.arrayContaining(["id", "name", "kind"]));
    expect((generated.topic as { required?: string[] }).required).toEqual(expect.arrayContaining(["id", "name"]));
  });
});

describe("$schema in content files", () => {
  const folders = [
    ["articles", "article"],
    ["people", "person"],
    ["topics", "topic"],
  ] as const;

  for (const [folder, schema] of folders) {
    const dir = path.join(CONTENT, folder);
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

    it(`content/${folder}/ has files`, () => {
      expect(files.length).toBeGreaterThan(0);
    });

    it.each(files)(`content/${folder}/%s points at ../schema/${schema}.schema.json`, (name) => {
      const json = readJson(path.join(dir, name)) as { $schema?: unknown };
      expect(json.$schema).toBe(`../schema/${schema}.schema.json`);
      expect(existsSync(path.resolve(dir, String(json.$schema)))).toBe(true);
    });
  }
});

import type { z } from "zod";
import { type Problem, problemsFromZod } from "./problems";
import { articleSchema, personSchema, topicSchema, type Article, type Person, type Topic } from "./schema";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Parses the text of one JSON file. A byte-order mark and CRLF line endings
 * are accepted (editors on Windows produce both); a syntax error is reported
 * with its line and column.
 */
export function parseJsonText(file: string, source: string): Parsed<unknown> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === "") return { ok: false, problems: [{ file, path: "$", message: "file is empty (expected a JSON object)" }] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [{ file, path: "$", message: `invalid JSON: ${describeSyntaxError(text, error)}` }] };
  }
}

function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const detail = message.replace(/^JSON\.parse: /, "").replace(/ in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  if (!position) return detail;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${detail} at line ${line}, column ${column}`;
}

function parseWith<T>(schema: z.ZodType<T>, file: string, source: string): Parsed<T> {
  const json = parseJsonText(file, source);
  if (!json.ok) return json;
  const result = schema.safeParse(json.value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZod(file, result.error.issues) };
}

export const parseArticle = (file: string, source: string): Parsed<Article> => parseWith(articleSchema, file, source);
export const parsePerson = (file: string, source: string): Parsed<Person> => parseWith(personSchema, file, source);
export const parseTopic = (file: string, source: string): Parsed<Topic> => parseWith(topicSchema, file, source);

import { type ParseError, type ParseErrorCode, parseTree, printParseErrorCode } from "jsonc-parser";
import type { z } from "zod";
import { withoutBidiControls } from "./bidi";
import { type Problem, problemsFromZod } from "./problems";
import { articleSchema, personSchema, topicSchema, type Article, type Person, type Topic } from "./schema";

/**
 * A file's value, or its problems. A file that is JSON but fails its schema
 * keeps the JSON (`json`), so the cross-file checks can still read it.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[]; json?: unknown };

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
  } catch {
    return { ok: false, problems: [{ file, path: "$", message: `invalid JSON: ${describeSyntaxError(text)}` }] };
  }
}

/**
 * Node's JSON.parse does not always say where it failed, so the position is
 * found by a second, error-tolerant parse that reports offsets for every error.
 */
function describeSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return "not valid JSON";
  const before = text.slice(0, first.offset);
  const line = before.split("\n").length;
  const column = first.offset - before.lastIndexOf("\n");
  return `${syntaxMessage(first.error, text.slice(first.offset, first.offset + first.length))} at line ${line}, column ${column}`;
}

function syntaxMessage(code: ParseErrorCode, token: string): string {
  const shown = JSON.stringify(token.slice(0, 20));
  const found = token ? ` (found ${shown})` : "";
  // By name: the package's codes are a const enum, which isolated modules cannot read.
  switch (printParseErrorCode(code)) {
    case "CommaExpected":
      return `expected a comma${found}`;
    case "ColonExpected":
      return `expected a colon${found}`;
    case "PropertyNameExpected":
      return `expected a property name in double quotes${found}`;
    case "ValueExpected":
      return `expected a value${found}`;
    case "CloseBraceExpected":
      return "expected a closing }";
    case "CloseBracketExpected":
      return "expected a closing ]";
    case "EndOfFileExpected":
      return `unexpected text after the end of the JSON${found}`;
    case "InvalidSymbol":
      return `unexpected ${token ? shown : "character"} (strings and names need double quotes)`;
    case "UnexpectedEndOfString":
      return "a string is not closed";
    case "InvalidCommentToken":
      return "comments are not allowed in JSON";
    default:
      return `${printParseErrorCode(code)}${found}`;
  }
}

function parseWith<T>(schema: z.ZodType<T>, file: string, source: string): Parsed<T> {
  const json = parseJsonText(file, source);
  if (!json.ok) return json;
  const result = schema.safeParse(json.value, { reportInput: true });
  if (result.success) return { ok: true, value: withoutBidiControls(result.data) };
  return { ok: false, problems: problemsFromZod(file, result.error.issues), json: json.value };
}

export const parseArticle = (file: string, source: string): Parsed<Article> => parseWith(articleSchema, file, source);
export const parsePerson = (file: string, source: string): Parsed<Person> => parseWith(personSchema, file, source);
export const parseTopic = (file: string, source: string): Parsed<Topic> => parseWith(topicSchema, file, source);

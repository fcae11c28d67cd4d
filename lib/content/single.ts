import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { collectQuotes } from "../article/quotes";
import { crossCheckArticle } from "./cross-check";
import { contentRoot, displayPath } from "./load";
import { type Parsed, parseArticle, parsePerson, parseTopic } from "./parse";
import type { Problem } from "./problems";
import { type Article, type Person, type Topic, slugSchema } from "./schema";

/** One article read on its own, with just the people and topics it names. */
export type SingleArticle =
  | { status: "missing" }
  | { status: "invalid"; file: string; problems: Problem[] }
  | { status: "ok"; file: string; article: Article; people: Map<string, Person>; topics: Map<string, Topic> };

type FileRead = { status: "missing" } | { status: "refused"; file: string; problem: Problem } | { status: "ok"; file: string; text: string };

/**
 * Reads `<root>/<folder>/<id>.json` if, and only if, `id` is a valid slug:
 * the pattern admits no `/`, `.` or `\`, so the path cannot leave the folder.
 */
function readById(root: string, folder: string, id: string): FileRead {
  if (!slugSchema.safeParse(id).success) return { status: "missing" };
  const abs = path.join(/*turbopackIgnore: true*/ root, folder, `${id}.json`);
  const file = displayPath(abs);
  const stat = lstatSync(abs, { throwIfNoEntry: false });
  if (!stat) return { status: "missing" };
  if (!stat.isFile()) {
    const what = stat.isSymbolicLink() ? "is a symbolic link; content files must be regular files" : "is not a regular file";
    return { status: "refused", file, problem: { file, path: "$", message: what } };
  }
  return { status: "ok", file, text: readFileSync(abs, "utf8") };
}

function loadReferenced<T extends { id: string }>(
  root: string,
  folder: string,
  ids: Iterable<string>,
  parse: (file: string, text: string) => Parsed<T>,
  problems: Problem[],
): Map<string, T> {
  const found = new Map<string, T>();
  for (const id of new Set(ids)) {
    const read = readById(root, folder, id);
    // A missing file is reported by the cross-check as an unknown reference.
    if (read.status === "refused") problems.push(read.problem);
    if (read.status !== "ok") continue;
    const parsed = parse(read.file, read.text);
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (parsed.value.id !== id) {
      problems.push({ file: read.file, path: "$.id", message: `"${parsed.value.id}" does not match the file name (expected "${id}")` });
    } else found.set(id, parsed.value);
  }
  return found;
}

/**
 * Loads one article by slug for a per-request preview. It reads the article's
 * file and the files of the people and topics it references, nothing else,
 * so its cost does not grow with the archive. Every problem is returned with
 * its file and JSON path, as `npm run validate` would print it.
 */
export function loadSingleArticle(slug: string, root: string = contentRoot()): SingleArticle {
  const read = readById(root, "articles", slug);
  if (read.status === "missing") return { status: "missing" };
  if (read.status === "refused") return { status: "invalid", file: read.file, problems: [read.problem] };

  const parsed = parseArticle(read.file, read.text);
  if (!parsed.ok) return { status: "invalid", file: read.file, problems: parsed.problems };
  const article = parsed.value;

  const problems: Problem[] = [];
  if (article.slug !== slug) {
    problems.push({ file: read.file, path: "$.slug", message: `"${article.slug}" does not match the file name (expected "${slug}")` });
  }
  const speakerIds = [...article.speakers.map((s) => s.id), ...collectQuotes(article).map((q) => q.speaker)];
  const people = loadReferenced(root, "people", speakerIds, parsePerson, problems);
  const topics = loadReferenced(root, "topics", article.topics, parseTopic, problems);
  problems.push(...crossCheckArticle({ file: read.file, value: article }, people, topics));

  if (problems.length > 0) return { status: "invalid", file: read.file, problems };
  return { status: "ok", file: read.file, article, people, topics };
}

import { collectQuotes } from "../article/quotes";
import { type Problem, jsonPath } from "./problems";
import type { Article, Person, Topic } from "./schema";

export interface Sourced<T> {
  /** Path of the file it came from, relative to the working directory. */
  file: string;
  value: T;
}

/** The identifying name a file must carry: `articles/<slug>.json` holds slug `<slug>`. */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
}

function checkFileNames<T>(items: readonly Sourced<T>[], key: (v: T) => string, field: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, value } of items) {
    const id = key(value);
    if (baseName(file) !== id) {
      problems.push({ file, path: `$.${field}`, message: `"${id}" does not match the file name (expected "${baseName(file)}", or rename the file to ${id}.json)` });
    }
    const other = seen.get(id);
    if (other) problems.push({ file, path: `$.${field}`, message: `"${id}" is already used by ${other}` });
    else seen.set(id, file);
  }
  return problems;
}

/**
 * Checks what a schema cannot see on its own: references between files and
 * uniqueness across them. Each article is checked against the known people
 * and topics, so a bad article never hides problems in the others.
 */
export function crossCheckArticle(
  { file, value: article }: Sourced<Article>,
  people: ReadonlyMap<string, Person>,
  topics: ReadonlyMap<string, Topic>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) => problems.push({ file, path: jsonPath(path), message });

  article.topics.forEach((id, i) => {
    if (!topics.has(id)) at(["topics", i], `unknown topic "${id}" (no content/topics/${id}.json)`);
    if (article.topics.indexOf(id) !== i) at(["topics", i], `topic "${id}" is listed twice`);
  });

  const listed = new Map<string, number>();
  article.speakers.forEach(({ id }, i) => {
    if (!people.has(id)) at(["speakers", i, "id"], `unknown speaker "${id}" (no content/people/${id}.json)`);
    if (listed.has(id)) at(["speakers", i, "id"], `speaker "${id}" is listed twice`);
    else listed.set(id, i);
  });

  const quotes = collectQuotes(article);
  const quoted = new Set<string>();
  const quoteIds = new Map<string, string>();
  for (const q of quotes) {
    quoted.add(q.speaker);
    if (!listed.has(q.speaker)) {
      const hint = people.has(q.speaker) ? "add it to $.speakers with the role they held" : `no content/people/${q.speaker}.json either`;
      at([...q.path, "speaker"], `speaker "${q.speaker}" is quoted but not listed in $.speakers (${hint})`);
    }
    const first = quoteIds.get(q.id);
    if (first) at([...q.path, "id"], `quote id "${q.id}" is already used at ${first}`);
    else quoteIds.set(q.id, jsonPath(q.path));
  }
  article.speakers.forEach(({ id }, i) => {
    if (!quoted.has(id) && listed.get(id) === i) at(["speakers", i, "id"], `speaker "${id}" is listed but never quoted`);
  });
  return problems;
}

export interface ContentSet {
  articles: readonly Sourced<Article>[];
  people: readonly Sourced<Person>[];
  topics: readonly Sourced<Topic>[];
}

export function crossCheck(content: ContentSet): Problem[] {
  const people = new Map(content.people.map((p) => [p.value.id, p.value]));
  const topics = new Map(content.topics.map((t) => [t.value.id, t.value]));
  return [
    ...checkFileNames(content.articles, (a) => a.slug, "slug"),
    ...checkFileNames(content.people, (p) => p.id, "id"),
    ...checkFileNames(content.topics, (t) => t.id, "id"),
    ...content.articles.flatMap((a) => crossCheckArticle(a, people, topics)),
  ];
}

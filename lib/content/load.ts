import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type ContentSet, type Sourced, crossCheck } from "./cross-check";
import { type Parsed, parseArticle, parseJsonText, parsePerson, parseTopic } from "./parse";
import type { Problem } from "./problems";
import type { Article, Person, Topic } from "./schema";

/** The content root: `CONTENT_DIR` when set, else `./content`. */
export function contentRoot(): string {
  // Content is read at build time, not traced into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || "content");
}

/** File names in problems are relative to where the command runs, so they can be clicked. */
export function displayPath(abs: string): string {
  const rel = path.relative(/*turbopackIgnore: true*/ process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel;
}

/**
 * Whether a file that failed to load was meant as a draft: its status when it
 * is JSON at all, else a plain search of its text (a draft with a syntax error
 * is still a draft).
 */
export function looksLikeDraft(source: string): boolean {
  const json = parseJsonText("", source);
  if (json.ok) return typeof json.value === "object" && json.value !== null && (json.value as { status?: unknown }).status === "draft";
  return /"status"\s*:\s*"draft"/.test(source);
}

function readFolder<T>(
  root: string,
  folder: string,
  parse: (file: string, source: string) => Parsed<T>,
  isDraft: (source: string, value: T | undefined) => boolean = () => false,
) {
  const dir = path.join(/*turbopackIgnore: true*/ root, folder);
  const items: Sourced<T>[] = [];
  const problems: Problem[] = [];
  const drafts = new Set<string>();
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    const what = stat ? "is not a folder" : "folder is missing";
    problems.push({ file: displayPath(dir), path: "$", message: `${what} (expected ${folder}/ in the content root)` });
    return { items, problems, drafts };
  }
  const entries = readdirSync(dir, { withFileTypes: true }).filter((d) => d.name.endsWith(".json"));
  // A link could point anywhere on disk: content is read only from regular files inside the root.
  for (const link of entries.filter((d) => d.isSymbolicLink())) {
    problems.push({ file: displayPath(path.join(dir, link.name)), path: "$", message: "is a symbolic link; content files must be regular files" });
  }
  const names = entries
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    const source = readFileSync(path.join(dir, name), "utf8");
    const result = parse(file, source);
    if (result.ok) items.push({ file, value: result.value });
    else problems.push(...result.problems);
    if (isDraft(source, result.ok ? result.value : undefined)) drafts.add(file);
  }
  return { items, problems, drafts };
}

export interface LoadedContent extends ContentSet {
  problems: Problem[];
  /** Article files that are drafts (or were meant to be, if they failed to parse). */
  draftFiles: ReadonlySet<string>;
}

/**
 * Problems that stop a build: those in published content. A broken draft is
 * never published, so it is reported but does not hold back the rest.
 */
export function blockingProblems(loaded: LoadedContent): Problem[] {
  return loaded.problems.filter((p) => !loaded.draftFiles.has(p.file));
}

/**
 * Reads and checks every file under a content root. Used by `npm run validate`
 * and the build: every problem in every file is collected, none stops the rest.
 */
export function loadContentRoot(root: string = contentRoot()): LoadedContent {
  const articles = readFolder<Article>(root, "articles", parseArticle, (source, article) =>
    article ? article.status === "draft" : looksLikeDraft(source),
  );
  const people = readFolder<Person>(root, "people", parsePerson);
  const topics = readFolder<Topic>(root, "topics", parseTopic);
  const content: ContentSet = { articles: articles.items, people: people.items, topics: topics.items };
  return {
    ...content,
    problems: [...articles.problems, ...people.problems, ...topics.problems, ...crossCheck(content)],
    draftFiles: articles.drafts,
  };
}

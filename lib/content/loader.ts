import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type ContentSet, type Sourced, baseName, crossCheck, crossCheckArticle } from "./cross-check";
import { type Parsed, parseArticle, parseJsonText, parsePerson, parseTopic } from "./parse";
import type { Problem } from "./problems";
import { type Article, type Person, type Topic, slugSchema } from "./schema";
import { styleWarnings } from "./style";
import { collectQuotes } from "./tree";

/*
 * The one way into the content folder. Every read goes through `readFile`
 * (regular files inside the root only, never a link), and the three views
 * below are all anything else uses:
 *   loadContentRoot   every file, every problem (validate, build, the site);
 *   loadSingleArticle one article and the files it names (preview, share pages);
 *   listDrafts        the drafts and their state (the editors' list).
 */

export type Folder = "articles" | "people" | "topics";

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

type FileRead = { status: "missing" } | { status: "refused"; file: string; problem: Problem } | { status: "ok"; file: string; text: string };

/** Reads `<root>/<folder>/<name>` if it is a regular file: a link could point anywhere on disk. */
function readFile(root: string, folder: Folder, name: string): FileRead {
  const abs = path.join(/*turbopackIgnore: true*/ root, folder, name);
  const file = displayPath(abs);
  const stat = lstatSync(abs, { throwIfNoEntry: false });
  if (!stat) return { status: "missing" };
  if (!stat.isFile()) {
    const what = stat.isSymbolicLink() ? "is a symbolic link; content files must be regular files" : "is not a regular file";
    return { status: "refused", file, problem: { file, path: "$", message: what } };
  }
  return { status: "ok", file, text: readFileSync(abs, "utf8") };
}

/**
 * Reads `<root>/<folder>/<id>.json` if, and only if, `id` is a valid slug:
 * the pattern admits no `/`, `.` or `\`, so the path cannot leave the folder.
 */
function readById(root: string, folder: Folder, id: string): FileRead {
  if (!slugSchema.safeParse(id).success) return { status: "missing" };
  return readFile(root, folder, `${id}.json`);
}

/** The `.json` file names in a folder, sorted, or the problem with the folder itself. */
function listFolder(root: string, folder: Folder): { names: string[]; problem?: Problem } {
  const dir = path.join(/*turbopackIgnore: true*/ root, folder);
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    const what = stat ? "is not a folder" : "folder is missing";
    return { names: [], problem: { file: displayPath(dir), path: "$", message: `${what} (expected ${folder}/ in the content root)` } };
  }
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.name.endsWith(".json") && (d.isFile() || d.isSymbolicLink()))
    .map((d) => d.name)
    .sort();
  return { names };
}

/**
 * Whether a file that failed to load was meant as a draft: its status when it
 * is JSON at all, else a plain search of its text (a draft with a syntax error
 * is still a draft).
 */
export function looksLikeDraft(source: string): boolean {
  const json = parseJsonText("", source);
  if (json.ok) return typeof json.value === "object" && json.value !== null && (json.value as { status?: unknown }).status === "draft";
  return MENTIONS_DRAFT.test(source);
}

/** A cheap test on the raw text: only files that say they are drafts need parsing to list drafts. */
const MENTIONS_DRAFT = /"status"\s*:\s*"draft"/;

interface FolderRead<T> {
  items: Sourced<T>[];
  /** Files that are JSON but failed their schema, with that JSON. */
  invalid: Sourced<unknown>[];
  /** Every file that failed, JSON or not. */
  failedFiles: string[];
  problems: Problem[];
  sources: Map<string, string>;
}

function readFolder<T>(root: string, folder: Folder, parse: (file: string, source: string) => Parsed<T>): FolderRead<T> {
  const out: FolderRead<T> = { items: [], invalid: [], failedFiles: [], problems: [], sources: new Map() };
  const listed = listFolder(root, folder);
  if (listed.problem) out.problems.push(listed.problem);
  for (const name of listed.names) {
    const read = readFile(root, folder, name);
    if (read.status === "missing") continue; // removed while we listed
    if (read.status === "refused") {
      out.problems.push(read.problem);
      continue;
    }
    out.sources.set(read.file, read.text);
    const result = parse(read.file, read.text);
    if (result.ok) {
      out.items.push({ file: read.file, value: result.value });
      continue;
    }
    out.problems.push(...result.problems);
    out.failedFiles.push(read.file);
    if (result.json !== undefined) out.invalid.push({ file: read.file, value: result.json });
  }
  return out;
}

export interface LoadedContent extends ContentSet {
  problems: Problem[];
  /** Style warnings (valid, but printed wrong): reported, never blocking. */
  warnings: Problem[];
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
 * and the build: every problem in every file is collected, none stops the
 * rest, and an article that failed its schema is still cross-checked.
 */
export function loadContentRoot(root: string = contentRoot()): LoadedContent {
  const articles = readFolder<Article>(root, "articles", parseArticle);
  const people = readFolder<Person>(root, "people", parsePerson);
  const topics = readFolder<Topic>(root, "topics", parseTopic);
  const content: ContentSet = {
    articles: articles.items,
    people: people.items,
    topics: topics.items,
    invalidArticles: articles.invalid,
    invalidPeopleFiles: people.failedFiles,
    invalidTopicFiles: topics.failedFiles,
  };
  const draftFiles = new Set<string>();
  for (const a of articles.items) if (a.value.status === "draft") draftFiles.add(a.file);
  for (const file of articles.failedFiles) if (looksLikeDraft(articles.sources.get(file) ?? "")) draftFiles.add(file);
  return {
    ...content,
    problems: [...articles.problems, ...people.problems, ...topics.problems, ...crossCheck(content)],
    warnings: articles.items.flatMap((a) => styleWarnings(a.file, a.value)),
    draftFiles,
  };
}

/** One article read on its own, with just the people and topics it names. */
export type SingleArticle =
  | { status: "missing" }
  | { status: "invalid"; file: string; problems: Problem[] }
  | { status: "ok"; file: string; article: Article; people: Map<string, Person>; topics: Map<string, Topic>; warnings: Problem[] };

function loadReferenced<T extends { id: string }>(
  root: string,
  folder: Folder,
  ids: Iterable<string>,
  parse: (file: string, text: string) => Parsed<T>,
  problems: Problem[],
  invalid: Set<string>,
): Map<string, T> {
  const found = new Map<string, T>();
  for (const id of new Set(ids)) {
    const read = readById(root, folder, id);
    // A missing file is reported by the cross-check as an unknown reference.
    if (read.status === "refused") {
      problems.push(read.problem);
      invalid.add(id);
    }
    if (read.status !== "ok") continue;
    const parsed = parse(read.file, read.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      invalid.add(id);
    } else if (parsed.value.id !== id) {
      problems.push({ file: read.file, path: "$.id", message: `"${parsed.value.id}" does not match the file name (expected "${baseName(read.file)}")` });
      invalid.add(id);
    } else found.set(id, parsed.value);
  }
  return found;
}

/**
 * Loads one article by slug for a per-request render. It reads the article's
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
  const invalidPeople = new Set<string>();
  const invalidTopics = new Set<string>();
  const speakerIds = [...article.speakers.map((s) => s.id), ...collectQuotes(article).map((q) => q.speaker)];
  const people = loadReferenced(root, "people", speakerIds, parsePerson, problems, invalidPeople);
  const topics = loadReferenced(root, "topics", article.topics, parseTopic, problems, invalidTopics);
  const idsIn = (folder: Folder) => () => listFolder(root, folder).names.map((name) => name.slice(0, -".json".length));
  problems.push(
    ...crossCheckArticle({ file: read.file, value: article }, people, topics, {
      invalidPeople,
      invalidTopics,
      allPeopleIds: idsIn("people"),
      allTopicIds: idsIn("topics"),
    }),
  );

  if (problems.length > 0) return { status: "invalid", file: read.file, problems };
  return { status: "ok", file: read.file, article, people, topics, warnings: styleWarnings(read.file, article) };
}

export interface DraftEntry {
  slug: string;
  file: string;
  /** Present when the file parsed far enough to have one. */
  headline?: string;
  problems: Problem[];
}

/** Every draft in the content root with its validation state, by slug. Published files are not parsed. */
export function listDrafts(root: string = contentRoot()): DraftEntry[] {
  const drafts: DraftEntry[] = [];
  for (const name of listFolder(root, "articles").names) {
    const read = readFile(root, "articles", name);
    if (read.status !== "ok" || !MENTIONS_DRAFT.test(read.text)) continue;
    const slug = name.slice(0, -".json".length);
    if (!slugSchema.safeParse(slug).success) {
      drafts.push({ slug, file: read.file, problems: [{ file: read.file, path: "$", message: "the file name is not a valid slug (lowercase letters, digits and single hyphens)" }] });
      continue;
    }
    const loaded = loadSingleArticle(slug, root);
    if (loaded.status === "ok") {
      // A file that merely mentions the status in its text is not a draft.
      if (loaded.article.status === "draft") drafts.push({ slug, file: read.file, headline: loaded.article.headline, problems: [] });
    } else if (loaded.status === "invalid") {
      drafts.push({ slug, file: read.file, problems: loaded.problems });
    }
  }
  return drafts;
}

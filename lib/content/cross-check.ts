import { closest, distance } from "fastest-levenshtein";
import { type PathSegment, type Problem, jsonPath } from "./problems";
import type { Article, Person, Topic } from "./schema";

export interface Sourced<T> {
  /** Path of the file it came from, relative to the working directory. */
  file: string;
  value: T;
}

/**
 * What the cross-file checks read of an article: its slug and every id it
 * refers to, each with its place in the file. Read from plain JSON, so an
 * article that failed its schema is still checked and an editor sees every
 * problem in one run, not one layer at a time.
 */
export interface ArticleRefs {
  slug?: string;
  topics: { id: string; at: PathSegment[] }[];
  speakers: { id: string; at: PathSegment[] }[];
  /** `continues`: the id of the quotation a later paragraph's segment continues. */
  quotes: { id?: string; speaker?: string; continues?: string; at: PathSegment[] }[];
  /**
   * False when read from a file that failed its schema: a quote the schema
   * refused may be missing here, so "listed but never quoted" is not said.
   */
  complete: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The references of an article, valid or not, in document order. */
export function articleRefs(json: unknown, complete: boolean): ArticleRefs {
  const refs: ArticleRefs = { topics: [], speakers: [], quotes: [], complete };
  if (!isObject(json)) return { ...refs, complete: false };
  const slug = str(json.slug);
  if (slug !== undefined) refs.slug = slug;
  if (Array.isArray(json.topics)) {
    json.topics.forEach((id, i) => {
      if (typeof id === "string") refs.topics.push({ id, at: ["topics", i] });
    });
  }
  if (Array.isArray(json.speakers)) {
    json.speakers.forEach((s, i) => {
      const id = isObject(s) ? str(s.id) : undefined;
      if (id !== undefined) refs.speakers.push({ id, at: ["speakers", i, "id"] });
    });
  }
  const visit = (node: unknown, at: PathSegment[]) => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, [...at, i]));
    if (!isObject(node)) return;
    if (node.type === "quote" || node.type === "blockquote") {
      const id = str(node.id);
      const speaker = str(node.speaker);
      const continues = str(node.continues);
      refs.quotes.push({ ...(id !== undefined ? { id } : {}), ...(speaker !== undefined ? { speaker } : {}), ...(continues !== undefined ? { continues } : {}), at });
    }
    if (Array.isArray(node.children)) visit(node.children, [...at, "children"]);
    if (Array.isArray(node.items)) visit(node.items, [...at, "items"]);
  };
  if (Array.isArray(json.body)) visit(json.body, ["body"]);
  return refs;
}

/**
 * The id an editor most likely meant: the nearest known id by edit distance,
 * if it is near enough to be a slip (a quarter of the id's length, at least 1).
 */
export function nearestId(id: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(id, candidates);
  return distance(id, best) <= Math.max(1, Math.floor(id.length / 4)) ? best : undefined;
}

/** The people and topics an article may refer to. */
export interface KnownIds {
  people: ReadonlyMap<string, Person>;
  topics: ReadonlyMap<string, Topic>;
  /** Ids whose file exists but is invalid: named as such, not as unknown. */
  invalidPeople?: ReadonlySet<string>;
  invalidTopics?: ReadonlySet<string>;
  /**
   * Every id that exists, for "did you mean": a loader that read only the
   * files an article names lists the folder when, and only when, it must.
   */
  allPeopleIds?: () => Iterable<string>;
  allTopicIds?: () => Iterable<string>;
}

function unknownReference(kind: "speaker" | "topic", id: string, known: Iterable<string>, invalid: ReadonlySet<string> | undefined): string {
  const folder = kind === "speaker" ? "people" : "topics";
  if (invalid?.has(id)) return `${kind} "${id}": content/${folder}/${id}.json is invalid (see its own problems)`;
  const near = nearestId(id, known);
  return `unknown ${kind} "${id}" (no content/${folder}/${id}.json${near ? `; did you mean "${near}"?` : ""})`;
}

/**
 * Checks what a schema cannot see on its own: references between files and
 * uniqueness within the article. Each article is checked against the known
 * people and topics, so a bad article never hides problems in the others.
 */
export function crossCheckRefs(file: string, refs: ArticleRefs, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PathSegment[], message: string) => problems.push({ file, path: jsonPath(path), message });

  const seenTopics = new Set<string>();
  for (const { id, at: where } of refs.topics) {
    if (!known.topics.has(id)) at(where, unknownReference("topic", id, known.allTopicIds?.() ?? known.topics.keys(), known.invalidTopics));
    if (seenTopics.has(id)) at(where, `topic "${id}" is listed twice`);
    seenTopics.add(id);
  }

  const listed = new Map<string, PathSegment[]>();
  for (const { id, at: where } of refs.speakers) {
    if (!known.people.has(id)) at(where, unknownReference("speaker", id, known.allPeopleIds?.() ?? known.people.keys(), known.invalidPeople));
    if (listed.has(id)) at(where, `speaker "${id}" is listed twice`);
    else listed.set(id, where);
  }

  const quoted = new Set<string>();
  const quoteIds = new Map<string, string>();
  /** Speaker of each quote id met so far, for `continues`. */
  const speakerOfQuote = new Map<string, string | undefined>();
  for (const q of refs.quotes) {
    if (q.continues !== undefined) {
      // A segment continues a quotation that comes before it, by the same speaker.
      if (!speakerOfQuote.has(q.continues)) at([...q.at, "continues"], `quote continues "${q.continues}", which is no earlier quote in this article`);
      else if (speakerOfQuote.get(q.continues) !== q.speaker) at([...q.at, "continues"], `quote continues "${q.continues}", which is by another speaker ("${speakerOfQuote.get(q.continues)}")`);
    }
    if (q.speaker !== undefined) {
      quoted.add(q.speaker);
      if (!listed.has(q.speaker)) {
        const hint = known.people.has(q.speaker)
          ? "add it to $.speakers with the role they held"
          : known.invalidPeople?.has(q.speaker)
            ? `content/people/${q.speaker}.json is invalid`
            : `no content/people/${q.speaker}.json either`;
        at([...q.at, "speaker"], `speaker "${q.speaker}" is quoted but not listed in $.speakers (${hint})`);
      }
    }
    if (q.id === undefined) continue;
    if (!speakerOfQuote.has(q.id)) speakerOfQuote.set(q.id, q.speaker);
    const first = quoteIds.get(q.id);
    if (first) at([...q.at, "id"], `quote id "${q.id}" is already used at ${first}`);
    else quoteIds.set(q.id, jsonPath(q.at));
  }
  if (refs.complete) {
    for (const [id, where] of listed) if (!quoted.has(id)) at(where, `speaker "${id}" is listed but never quoted`);
  }
  return problems;
}

/** The cross-checks of one valid article. */
export function crossCheckArticle(
  { file, value }: Sourced<Article>,
  people: ReadonlyMap<string, Person>,
  topics: ReadonlyMap<string, Topic>,
  more: Omit<KnownIds, "people" | "topics"> = {},
): Problem[] {
  return crossCheckRefs(file, articleRefs(value, true), { people, topics, ...more });
}

/** The identifying name a file must carry: `articles/<slug>.json` holds slug `<slug>`. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
}

function checkFileNames(items: readonly { file: string; id: string | undefined }[], field: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, id } of items) {
    if (id === undefined) continue;
    if (baseName(file) !== id) {
      problems.push({ file, path: `$.${field}`, message: `"${id}" does not match the file name (expected "${baseName(file)}", or rename the file to ${id}.json)` });
    }
    const other = seen.get(id);
    if (other) problems.push({ file, path: `$.${field}`, message: `"${id}" is already used by ${other}` });
    else seen.set(id, file);
  }
  return problems;
}

export interface ContentSet {
  articles: readonly Sourced<Article>[];
  people: readonly Sourced<Person>[];
  topics: readonly Sourced<Topic>[];
  /** Article files that failed their schema, as plain JSON (when they were JSON at all): still cross-checked. */
  invalidArticles?: readonly Sourced<unknown>[];
  /** People and topic files that failed: references to them say so. */
  invalidPeopleFiles?: readonly string[];
  invalidTopicFiles?: readonly string[];
}

export function crossCheck(content: ContentSet): Problem[] {
  const known: KnownIds = {
    people: new Map(content.people.map((p) => [p.value.id, p.value])),
    topics: new Map(content.topics.map((t) => [t.value.id, t.value])),
    invalidPeople: new Set((content.invalidPeopleFiles ?? []).map(baseName)),
    invalidTopics: new Set((content.invalidTopicFiles ?? []).map(baseName)),
  };
  const valid = content.articles.map(({ file, value }) => ({ file, refs: articleRefs(value, true) }));
  const salvaged = (content.invalidArticles ?? []).map(({ file, value }) => ({ file, refs: articleRefs(value, false) }));
  const all = [...valid, ...salvaged];
  return [
    ...checkFileNames(all.map(({ file, refs }) => ({ file, id: refs.slug })), "slug"),
    ...checkFileNames(content.people.map(({ file, value }) => ({ file, id: value.id })), "id"),
    ...checkFileNames(content.topics.map(({ file, value }) => ({ file, id: value.id })), "id"),
    ...all.flatMap(({ file, refs }) => crossCheckRefs(file, refs, known)),
  ];
}

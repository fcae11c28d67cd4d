/**
 * Small builders for unit tests (imported only by `*.test.ts`). Each returns a
 * value that passes the schema and the cross-checks against `PEOPLE`/`TOPICS`
 * unless a test overrides it to be wrong.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Article, Block, Inline, NestedQuoteNode, Person, PlainInline, QuoteChild, QuoteNode, Topic } from "./schema";

export function paragraph(...children: Inline[]): Block {
  return { type: "paragraph", children };
}

export function quote(id: string, speaker: string, ...children: QuoteChild[]): QuoteNode {
  return { type: "quote", id, speaker, children };
}

/** A quotation inside a quotation (its children cannot quote again). */
export function nestedQuote(id: string, speaker: string, ...children: PlainInline[]): NestedQuoteNode {
  return { type: "quote", id, speaker, children };
}

/** A valid published article quoting jens-stoltenberg once, on topic "nato"; override any field. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    slug: "test-article",
    status: "published",
    section: "World",
    headline: "Allies meet in Washington",
    publishedAt: "2024-07-11T12:00:00Z",
    topics: ["nato"],
    speakers: [{ id: "jens-stoltenberg", role: "NATO Secretary-General" }],
    body: [paragraph("The alliance met on Thursday."), paragraph(quote("q-ready", "jens-stoltenberg", "We are ready,"), " he said.")],
    ...overrides,
  };
}

export function makePerson(id: string, overrides: Partial<Person> = {}): Person {
  return { id, name: `Name of ${id}`, kind: "person", ...overrides };
}

export function makeTopic(id: string, overrides: Partial<Topic> = {}): Topic {
  return { id, name: `Topic ${id}`, ...overrides };
}

/** Maps by id, as the cross-checks and `speakersInOrder` take them. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export interface TempRoot {
  root: string;
  /** Absolute path of a file inside the root. */
  file(rel: string): string;
  remove(): void;
}

/**
 * A fresh directory under the OS temp dir holding the given files: a string is
 * written as is, anything else as JSON. Names ending in `/` become empty folders.
 */
export function makeTempRoot(files: Record<string, unknown>): TempRoot {
  const root = mkdtempSync(path.join(os.tmpdir(), "onrecord-test-"));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    if (rel.endsWith("/")) {
      mkdirSync(abs, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return { root, file: (rel) => path.join(root, rel), remove: () => rmSync(root, { recursive: true, force: true }) };
}

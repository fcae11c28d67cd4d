import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { type Folder, contentRoot } from "../content/loader";
import { parseArticle } from "../content/parse";
import type { Article, Person, Topic } from "../content/schema";
import { slugSchema } from "../content/schema";
import type { ArticleRecord } from "../article/record";

/*
 * The published store: what readers may see. Editors work in the content
 * folder; a file there goes live only when it is published (POST
 * /api/publish, or a build, which publishes the whole archive), and
 * publishing writes a checked copy here. Reader requests read only this
 * folder, so no reader ever gets a file nobody validated.
 *
 *   <store>/articles|people|topics/<id>.json   the copies, in the content folder's own layout
 *   <store>/index/base.ndjson                   one record per published article (written by a build)
 *   <store>/index/journal.ndjson                one line per publish since (appended)
 *
 * It sits inside the content folder by default, so every instance that
 * shares the content folder shares it too.
 */

/** `PUBLISHED_DIR` when set, else `.published` inside the content root. */
export function publishedRoot(content: string = contentRoot()): string {
  return process.env.PUBLISHED_DIR ? path.resolve(/*turbopackIgnore: true*/ process.env.PUBLISHED_DIR) : path.join(/*turbopackIgnore: true*/ content, ".published");
}

const indexDir = (root: string) => path.join(/*turbopackIgnore: true*/ root, "index");
export const basePath = (root: string) => path.join(/*turbopackIgnore: true*/ indexDir(root), "base.ndjson");
export const journalPath = (root: string) => path.join(/*turbopackIgnore: true*/ indexDir(root), "journal.ndjson");

/** A file of the store, for an id already known to be a slug. */
export function storeFile(root: string, folder: Folder, id: string): string {
  if (!slugSchema.safeParse(id).success) throw new Error(`not a slug: ${JSON.stringify(id)}`);
  return path.join(/*turbopackIgnore: true*/ root, folder, `${id}.json`);
}

/** The first line of base.ndjson. */
export interface BaseHeader {
  /** 2: people and topics in the header. */
  format: 2;
  /** When the archive was published. */
  publishedAt: string;
  /** Every person and topic as published then (one read at start, not one file each); later publishes name the files they change. */
  people: Person[];
  topics: Topic[];
}

/** One publish of one slug: its record now, or null when it was taken down, and the people and topics files it changed. */
export interface JournalEntry {
  slug: string;
  record: ArticleRecord | null;
  people: string[];
  topics: string[];
  at: string;
}

/** Writes a file so that a reader sees the old text or the new, never half of one. */
export function writeAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * A published article's body, from the store. The file was checked when it
 * was published; should it not parse now (a hand edit of the store), the
 * article is treated as not published rather than failing the page.
 */
export function readPublishedArticle(slug: string, root: string = publishedRoot()): Article | undefined {
  if (!slugSchema.safeParse(slug).success) return undefined;
  const file = storeFile(root, "articles", slug);
  const text = readText(file);
  if (text === undefined) return undefined;
  const parsed = parseArticle(file, text);
  if (!parsed.ok) {
    console.error(`onrecord: ${file} in the published store does not parse; left out`);
    return undefined;
  }
  return parsed.value.status === "published" ? parsed.value : undefined;
}

/** Bytes of a file from `start` to its end (the journal's new lines). */
export function readFrom(file: string, start: number): { text: string; end: number } {
  const fd = openSync(file, "r");
  try {
    const end = fstatSync(fd).size;
    if (end <= start) return { text: "", end: start };
    const buf = Buffer.alloc(end - start);
    let read = 0;
    while (read < buf.length) {
      const n = readSync(fd, buf, read, buf.length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    return { text: buf.subarray(0, read).toString("utf8"), end: start + read };
  } finally {
    closeSync(fd);
  }
}

/** A file's identity and size: a rewritten base has a new inode or mtime, a journal grows. */
export function fileState(file: string): { key: string; size: number } | undefined {
  const st = statSync(file, { throwIfNoEntry: false });
  return st ? { key: `${st.ino}:${st.mtimeMs}:${st.size}`, size: st.size } : undefined;
}

const LOCK_STALE_MS = 60_000;

/**
 * Runs `fn` while holding the store's lock, so two publishes (from two
 * instances sharing the folder) never interleave their writes. The lock is a
 * directory: `mkdir` either creates it or fails, on every file system. A lock
 * left by a crashed process is taken over after a minute.
 */
export async function withStoreLock<T>(root: string, fn: () => T | Promise<T>, timeoutMs = 15_000): Promise<T> {
  const lock = path.join(/*turbopackIgnore: true*/ indexDir(root), "lock");
  mkdirSync(indexDir(root), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const st = statSync(lock, { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`the published store is locked (${lock}); another publish is running or crashed less than a minute ago`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function storeExists(root: string = publishedRoot()): boolean {
  return existsSync(basePath(root));
}

import type { ArticleRecord } from "../article/record";
import { parsePerson, parseTopic } from "../content/parse";
import type { Person, Topic } from "../content/schema";
import { type BaseHeader, type JournalEntry, basePath, fileState, journalPath, readFrom, readText, storeFile } from "./store";

/** What one process holds of the published store: every record, person and topic, and how far it has read. */
export interface StoreState {
  root: string;
  baseKey: string;
  journalRead: number;
  records: Map<string, ArticleRecord>;
  people: Map<string, Person>;
  topics: Map<string, Topic>;
}

function readOne<T extends { id: string }>(root: string, folder: "people" | "topics", id: string, parse: typeof parsePerson | typeof parseTopic, into: Map<string, T>): void {
  let file: string;
  try {
    file = storeFile(root, folder, id);
  } catch {
    return;
  }
  const text = readText(file);
  if (text === undefined) {
    into.delete(id);
    return;
  }
  const parsed = parse(file, text);
  if (parsed.ok) into.set(id, parsed.value as unknown as T);
  else console.error(`onrecord: ${file} in the published store does not parse; left out`);
}

/** Applies the journal's lines to the state, in order. A line cut short (being written) is left for next time. */
function applyJournal(state: StoreState, text: string): { bytes: number; entries: JournalEntry[] } {
  const entries: JournalEntry[] = [];
  let used = 0;
  for (;;) {
    const nl = text.indexOf("\n", used);
    if (nl < 0) break;
    const line = text.slice(used, nl);
    used = nl + 1;
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as JournalEntry;
    entries.push(entry);
    if (entry.record) state.records.set(entry.slug, entry.record);
    else state.records.delete(entry.slug);
    for (const id of entry.people) readOne(state.root, "people", id, parsePerson, state.people);
    for (const id of entry.topics) readOne(state.root, "topics", id, parseTopic, state.topics);
  }
  return { bytes: Buffer.byteLength(text.slice(0, used), "utf8"), entries };
}

/** Reads the whole store: the build's base, every publish since, every person and topic. Undefined when no build has published yet. */
export function loadStore(root: string): StoreState | undefined {
  const base = fileState(basePath(root));
  const text = base && readText(basePath(root));
  if (!base || text === undefined) return undefined;
  const records = new Map<string, ArticleRecord>();
  const lines = text.split("\n");
  const header = JSON.parse(lines[0] ?? "{}") as Partial<BaseHeader>;
  if (header.format !== 2) throw new Error(`${basePath(root)}: unknown format ${JSON.stringify(header.format)}; run npm run publish:archive to publish the archive again`);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const record = JSON.parse(line) as ArticleRecord;
    records.set(record.summary.slug, record);
  }
  const state: StoreState = {
    root,
    baseKey: base.key,
    journalRead: 0,
    records,
    people: new Map((header.people ?? []).map((p) => [p.id, p])),
    topics: new Map((header.topics ?? []).map((t) => [t.id, t])),
  };
  catchUp(state);
  return state;
}

/** Reads what was published since the state was last brought up to date: the publishes applied, in order. */
export function catchUp(state: StoreState): JournalEntry[] {
  const journal = fileState(journalPath(state.root));
  if (!journal || journal.size <= state.journalRead) return [];
  const { text } = readFrom(journalPath(state.root), state.journalRead);
  const { bytes, entries } = applyJournal(state, text);
  state.journalRead += bytes;
  return entries;
}

export type Refreshed =
  | { state: StoreState | undefined; reloaded: true }
  | { state: StoreState; reloaded: false; entries: JournalEntry[] };

/**
 * Brings a state up to date with the store on disk: new journal lines are
 * applied (and returned, so the site can be updated for just those
 * articles); a rewritten base (the archive published again) means a full
 * reload. Cheap when nothing changed: two `stat` calls.
 */
export function refreshStore(state: StoreState | undefined, root: string): Refreshed {
  const base = fileState(basePath(root));
  if (!state || state.root !== root || !base || base.key !== state.baseKey) return { state: loadStore(root), reloaded: true };
  return { state, reloaded: false, entries: catchUp(state) };
}

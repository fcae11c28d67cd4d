import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { contentRoot, displayPath } from "./load";
import type { Problem } from "./problems";
import { slugSchema } from "./schema";
import { loadSingleArticle } from "./single";

export interface DraftEntry {
  slug: string;
  file: string;
  /** Present when the file parsed far enough to have one. */
  headline?: string;
  problems: Problem[];
}

/**
 * Cheap test on the raw text before any parsing: only files that say they are
 * drafts are parsed, so listing drafts does not parse the published archive.
 * It matches broken JSON too, so a draft with a syntax error is still listed.
 */
const MENTIONS_DRAFT = /"status"\s*:\s*"draft"/;

/** Every draft in the content root with its validation state, by slug. */
export function listDrafts(root: string = contentRoot()): DraftEntry[] {
  const dir = path.join(/*turbopackIgnore: true*/ root, "articles");
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith(".json"))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const drafts: DraftEntry[] = [];
  for (const name of names) {
    const abs = path.join(dir, name);
    if (!MENTIONS_DRAFT.test(readFileSync(abs, "utf8"))) continue;
    const slug = name.slice(0, -".json".length);
    const file = displayPath(abs);
    if (!slugSchema.safeParse(slug).success) {
      drafts.push({ slug, file, problems: [{ file, path: "$", message: "the file name is not a valid slug (lowercase letters, digits and single hyphens)" }] });
      continue;
    }
    const loaded = loadSingleArticle(slug, root);
    if (loaded.status === "ok") {
      // A file that merely mentions the status in its text is not a draft.
      if (loaded.article.status === "draft") drafts.push({ slug, file, headline: loaded.article.headline, problems: [] });
    } else if (loaded.status === "invalid") {
      drafts.push({ slug, file, problems: loaded.problems });
    }
  }
  return drafts;
}

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockText, collectQuotes } from "./tree";
import { formatDate } from "../format/date";
import { parseArticle } from "./parse";
import type { Article } from "./schema";

const SEED = path.resolve(__dirname, "../../../shared/seeds/000_3e6c425a2e96d266.txt");
const ARTICLE = path.resolve(__dirname, "../../content/articles/nato-allies-combat-russian-hybrid-attacks.json");
const hasSeed = existsSync(SEED);

/** The seed: section, headline, then paragraphs, each separated by blank lines. */
function readSeed(): { section: string; headline: string; paragraphs: string[] } {
  const [section = "", headline = "", ...paragraphs] = readFileSync(SEED, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n[ \t]*\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return { section, headline, paragraphs };
}

function readArticle(): Article {
  const result = parseArticle(ARTICLE, readFileSync(ARTICLE, "utf8"));
  if (!result.ok) throw new Error(`the seed article does not parse: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Word for word: any run of whitespace (including no-break spaces) is one separator. */
const words = (text: string): string[] => text.trim().split(/\s+/u);

describe.skipIf(!hasSeed)(hasSeed ? "seed fidelity: nato-allies-combat-russian-hybrid-attacks" : "../shared is absent: seed fidelity not checked", () => {
  it("has the seed's section and headline", () => {
    const seed = readSeed();
    const article = readArticle();
    expect(seed.section).toBe("Defense");
    expect(article.section).toBe(seed.section);
    expect(article.headline).toBe(seed.headline);
  });

  it("has the seed's paragraphs, word for word, with their quotation marks", () => {
    const seed = readSeed();
    const article = readArticle();
    expect(article.body.every((b) => b.type === "paragraph")).toBe(true);
    expect(article.body).toHaveLength(seed.paragraphs.length);
    article.body.forEach((block, i) => {
      expect(words(blockText(block, true)), `paragraph ${i + 1}`).toEqual(words(seed.paragraphs[i] ?? ""));
    });
  });

  it("marks each quotation exactly where the seed has quotation marks", () => {
    const seed = readSeed().paragraphs.map((p) => words(p).join(" "));
    const quoted = seed.flatMap((p) => [...p.matchAll(/“([^”]*)”/g)].map((m) => m[1]));
    expect(collectQuotes(readArticle()).map((q) => words(q.text).join(" "))).toEqual(quoted);
  });

  it("has seven quotes: three by Stoltenberg, one by Zelensky, three by NATO", () => {
    const quotes = collectQuotes(readArticle());
    expect(quotes).toHaveLength(7);
    const count = (speaker: string) => quotes.filter((q) => q.speaker === speaker).length;
    expect(count("jens-stoltenberg")).toBe(3);
    expect(count("volodymyr-zelensky")).toBe(1);
    expect(count("nato")).toBe(3);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(7);
  });

  it("was published on 11 July 2024", () => {
    const article = readArticle();
    expect(article.status).toBe("published");
    expect(new Date(article.publishedAt).toISOString().slice(0, 10)).toBe("2024-07-11");
    expect(formatDate(article.publishedAt)).toBe("11 July 2024");
  });
});

import type { AnyInline, Article, Block } from "../content/schema";

/**
 * Which quotations show their speaker's name beside them on the page. Colour
 * alone names nobody, so within each paragraph (or list item, or heading) the
 * first quotation by each speaker carries a small label with their name;
 * quotations after it in the same paragraph are by someone already named
 * there. A set-off quotation (blockquote) has its own caption instead, which
 * also counts as naming its speaker for any quotation nested in it.
 */
export function labelledQuotes(article: Pick<Article, "body">): Set<string> {
  const out = new Set<string>();
  const visit = (nodes: readonly AnyInline[], named: Set<string>) => {
    for (const node of nodes) {
      if (typeof node === "string" || node.type !== "quote") continue;
      if (!named.has(node.speaker)) {
        out.add(node.id);
        named.add(node.speaker);
      }
      visit(node.children, named);
    }
  };
  for (const block of article.body) {
    for (const run of runsOf(block)) visit(run, block.type === "blockquote" ? new Set([block.speaker]) : new Set());
  }
  return out;
}

/** The separately read runs of text in a block: each list item on its own. */
function runsOf(block: Block): readonly (readonly AnyInline[])[] {
  return block.type === "list" ? block.items : [block.children];
}

/** The name a label shows: a person's surname ("Zelensky"), an organisation's whole name ("NATO"). */
export function shortName(person: { name: string; kind: "person" | "organisation" }): string {
  if (person.kind === "organisation") return person.name;
  const words = person.name.trim().split(/\s+/);
  return words[words.length - 1] ?? person.name;
}

/** Up to two letters for a speaker's swatch: "JS" for Jens Stoltenberg, "NA" for NATO, "PV" for Port Valden Council. */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w) && !/^(of|the|and|for|de|van|von)$/i.test(w));
  if (words.length === 0) return name.slice(0, 2).toUpperCase();
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words[words.length - 1]![0]!).toUpperCase();
}

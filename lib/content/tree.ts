import type { PathSegment } from "./problems";
import type { AnyInline, Article, Block } from "./schema";

/*
 * Walking the content tree: the plain text of its nodes and every quotation
 * in reading order. Part of the boundary because the cross-file checks need
 * it (quote ids, quoted speakers) before any derivation runs.
 */

/** A quotation found in an article body, in document order. */
export interface QuoteRef {
  id: string;
  speaker: string;
  /**
   * The words quoted, as plain text, without the quote's own marks but with
   * single marks around any quotation inside it (as the page shows it), so a
   * sidebar excerpt or a speaker page never runs two voices together.
   */
  text: string;
  /** `block`: a quote set off as its own paragraph; `inline`: within the reporter's sentence. */
  display: "inline" | "block";
  /** Quoted inside another quotation. */
  nested: boolean;
  /** Where the quote node sits in the article JSON (for error messages); a quotation over several paragraphs: its first segment. */
  path: PathSegment[];
  /** The later paragraphs' segments of a quotation over several paragraphs (nodes with `continues`), in order. */
  segments?: { id: string; path: PathSegment[] }[];
}

/**
 * Plain text of inline content. With `marks`, quotations get the quotation
 * marks the page shows (double outside, single inside), as a reader sees them.
 */
export function inlineText(node: AnyInline, marks = false, depth = 0): string {
  if (typeof node === "string") return node;
  const inner = node.children.map((child) => inlineText(child, marks, node.type === "quote" ? depth + 1 : depth)).join("");
  if (!marks || node.type !== "quote") return inner;
  return depth === 0 ? `“${inner}”` : `‘${inner}’`;
}

export function inlinesText(nodes: readonly AnyInline[], marks = false, depth = 0): string {
  return nodes.map((node) => inlineText(node, marks, depth)).join("");
}

export function blockText(block: Block, marks = false): string {
  switch (block.type) {
    case "list":
      return block.items.map((item) => inlinesText(item, marks)).join("\n");
    case "blockquote":
      return marks ? `“${inlinesText(block.children, true, 1)}”` : inlinesText(block.children);
    default:
      return inlinesText(block.children, marks);
  }
}

/** All quotations of an article in reading order, nested quotes after the one that holds them. */
export function collectQuotes(article: Pick<Article, "body">): QuoteRef[] {
  const out: QuoteRef[] = [];
  /** Each top-level quote id (segments included) → the quotation it belongs to. */
  const quotation = new Map<string, QuoteRef>();
  const add = (ref: QuoteRef, continues: string | undefined) => {
    // A later paragraph's segment joins the quotation it continues: one quotation, one count.
    const first = continues !== undefined ? quotation.get(continues) : undefined;
    if (first && first.speaker === ref.speaker) {
      first.text = `${first.text} ${ref.text}`;
      first.segments = [...(first.segments ?? []), { id: ref.id, path: ref.path }];
      quotation.set(ref.id, first);
      return;
    }
    out.push(ref);
    if (!ref.nested && !quotation.has(ref.id)) quotation.set(ref.id, ref);
  };
  const visit = (nodes: readonly AnyInline[], path: PathSegment[], insideQuote: boolean) => {
    nodes.forEach((node, i) => {
      if (typeof node === "string" || node.type !== "quote") return;
      const at = [...path, i];
      add({ id: node.id, speaker: node.speaker, text: inlinesText(node.children, true, 1), display: "inline", nested: insideQuote, path: at }, "continues" in node ? node.continues : undefined);
      visit(node.children, [...at, "children"], true);
    });
  };
  article.body.forEach((block, b) => {
    const at: PathSegment[] = ["body", b];
    switch (block.type) {
      case "blockquote":
        add({ id: block.id, speaker: block.speaker, text: inlinesText(block.children, true, 1), display: "block", nested: false, path: at }, block.continues);
        visit(block.children, [...at, "children"], true);
        break;
      case "list":
        block.items.forEach((item, i) => visit(item, [...at, "items", i], false));
        break;
      default:
        visit(block.children, [...at, "children"], false);
    }
  });
  return out;
}

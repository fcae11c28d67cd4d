import type { PathSegment, Problem } from "./problems";
import { jsonPath } from "./problems";
import type { AnyInline, Article } from "./schema";

/**
 * Style warnings: things that are valid content but print wrong. They are
 * reported by `npm run validate` and never stop a build or hide an article.
 */

const DOUBLE_OPEN = /^\s*["“„«]/;
const DOUBLE_CLOSE = /["”»]\s*$/;
const SINGLE_OPEN = /^\s*['‘‚‹]/;
const SINGLE_CLOSE = /['’›]\s*$/;

/** The text of a node's first or last child, if that child is plain text (a nested quote is not). */
const edgeText = (children: readonly AnyInline[], end: "first" | "last") => {
  const node = end === "first" ? children[0] : children[children.length - 1];
  return typeof node === "string" ? node : "";
};

/**
 * Whether a quotation's own text carries the marks the page adds around it.
 * A single closing mark alone is an apostrophe ("the players'"), so single
 * marks count only in pairs.
 */
export function carriesOwnMarks(children: readonly AnyInline[]): boolean {
  const first = edgeText(children, "first");
  const last = edgeText(children, "last");
  if (DOUBLE_OPEN.test(first) || DOUBLE_CLOSE.test(last)) return true;
  return SINGLE_OPEN.test(first) && SINGLE_CLOSE.test(last);
}

/** Every quotation whose text begins or ends with its own quotation marks. */
export function styleWarnings(file: string, article: Pick<Article, "body">): Problem[] {
  const warnings: Problem[] = [];
  const check = (children: readonly AnyInline[], at: PathSegment[]) => {
    if (carriesOwnMarks(children)) {
      warnings.push({ file, path: jsonPath([...at, "children"]), message: "the quotation's text carries its own quotation marks; the page adds them, so remove them from the text" });
    }
  };
  const visit = (nodes: readonly AnyInline[], at: PathSegment[]) =>
    nodes.forEach((node, i) => {
      if (typeof node === "string" || node.type !== "quote") return;
      check(node.children, [...at, i]);
      visit(node.children, [...at, i, "children"]);
    });
  article.body.forEach((block, b) => {
    switch (block.type) {
      case "blockquote":
        check(block.children, ["body", b]);
        visit(block.children, ["body", b, "children"]);
        break;
      case "list":
        block.items.forEach((item, i) => visit(item, ["body", b, "items", i]));
        break;
      default:
        visit(block.children, ["body", b, "children"]);
    }
  });
  return warnings;
}

import type { ReactNode } from "react";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import type { SegmentPlace } from "@/lib/article/view";
import type { AnyInline } from "@/lib/content/schema";
import { Quote } from "./Quote";

export type SpeakerLookup = ReadonlyMap<string, SpeakerInArticle>;

/** What every node of a story is rendered with: its speakers, and which quotations show their speaker's name. */
export interface BodyContext {
  speakers: SpeakerLookup;
  /** Quote ids whose speaker label is always shown (lib/attribution/labels.ts). */
  labelled: ReadonlySet<string>;
  /** The segments of quotations over several paragraphs, by node id (lib/article/view.ts). */
  segments: ReadonlyMap<string, SegmentPlace>;
}

type Node = Exclude<AnyInline, string>;
type NodeOf<T extends Node["type"]> = Extract<Node, { type: T }>;
type NodeProps<T extends Node["type"]> = { node: NodeOf<T>; ctx: BodyContext };

/** The render map for inline content: one component per node type (plain strings render as text). */
const INLINES: { [T in Node["type"]]: (props: NodeProps<T>) => ReactNode } = {
  emphasis: ({ node }) => <em>{node.children.join("")}</em>,
  strong: ({ node }) => <strong className="font-semibold">{node.children.join("")}</strong>,
  link: ({ node }) => (
    <a href={node.href} className="text-link underline underline-offset-2 hover:decoration-2">
      {node.children.join("")}
    </a>
  ),
  quote: ({ node, ctx }) => (
    <Quote id={node.id} speaker={speakerOf(ctx.speakers, node.speaker)} labelled={ctx.labelled.has(node.id)} place={ctx.segments.get(node.id)}>
      <Inlines nodes={node.children} ctx={ctx} />
    </Quote>
  ),
};

/** Renders a run of inline content. */
export function Inlines({ nodes, ctx }: { nodes: readonly AnyInline[]; ctx: BodyContext }) {
  return nodes.map((node, i) => (typeof node === "string" ? node : <InlineNode key={i} node={node} ctx={ctx} />));
}

function InlineNode({ node, ctx }: { node: Node; ctx: BodyContext }) {
  // TypeScript cannot pair a union's tag with the table's entry for it; the table's type above guarantees the pair.
  const Component = INLINES[node.type] as (props: { node: Node; ctx: BodyContext }) => ReactNode;
  return <Component node={node} ctx={ctx} />;
}

export function speakerOf(speakers: SpeakerLookup, id: string): SpeakerInArticle {
  const speaker = speakers.get(id);
  if (!speaker) throw new Error(`No speaker "${id}" in this article (content was not cross-checked)`);
  return speaker;
}

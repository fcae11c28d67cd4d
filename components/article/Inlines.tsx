import type { ReactNode } from "react";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import type { AnyInline } from "@/lib/content/schema";
import { Quote } from "./Quote";

export type SpeakerLookup = ReadonlyMap<string, SpeakerInArticle>;

type Node = Exclude<AnyInline, string>;
type NodeOf<T extends Node["type"]> = Extract<Node, { type: T }>;
type NodeProps<T extends Node["type"]> = { node: NodeOf<T>; speakers: SpeakerLookup };

/** The render map for inline content: one component per node type (plain strings render as text). */
const INLINES: { [T in Node["type"]]: (props: NodeProps<T>) => ReactNode } = {
  emphasis: ({ node }) => <em>{node.children.join("")}</em>,
  strong: ({ node }) => <strong className="font-semibold">{node.children.join("")}</strong>,
  link: ({ node }) => (
    <a href={node.href} className="text-link underline underline-offset-2 hover:decoration-2">
      {node.children.join("")}
    </a>
  ),
  quote: ({ node, speakers }) => (
    <Quote id={node.id} speaker={speakerOf(speakers, node.speaker)}>
      <Inlines nodes={node.children} speakers={speakers} />
    </Quote>
  ),
};

/** Renders a run of inline content. */
export function Inlines({ nodes, speakers }: { nodes: readonly AnyInline[]; speakers: SpeakerLookup }) {
  return nodes.map((node, i) => (typeof node === "string" ? node : <InlineNode key={i} node={node} speakers={speakers} />));
}

function InlineNode({ node, speakers }: { node: Node; speakers: SpeakerLookup }) {
  // TypeScript cannot pair a union's tag with the table's entry for it; the table's type above guarantees the pair.
  const Component = INLINES[node.type] as (props: { node: Node; speakers: SpeakerLookup }) => ReactNode;
  return <Component node={node} speakers={speakers} />;
}

export function speakerOf(speakers: SpeakerLookup, id: string): SpeakerInArticle {
  const speaker = speakers.get(id);
  if (!speaker) throw new Error(`No speaker "${id}" in this article (content was not cross-checked)`);
  return speaker;
}

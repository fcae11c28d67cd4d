import type { AnyInline } from "@/lib/content/schema";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import { Quote } from "./Quote";

export type SpeakerLookup = ReadonlyMap<string, SpeakerInArticle>;

/** Renders inline content: each node type maps to one element. */
export function Inlines({ nodes, speakers }: { nodes: readonly AnyInline[]; speakers: SpeakerLookup }) {
  return nodes.map((node, i) => <InlineNode key={i} node={node} speakers={speakers} />);
}

function InlineNode({ node, speakers }: { node: AnyInline; speakers: SpeakerLookup }) {
  if (typeof node === "string") return node;
  switch (node.type) {
    case "emphasis":
      return <em>{node.children.join("")}</em>;
    case "strong":
      return <strong className="font-semibold">{node.children.join("")}</strong>;
    case "link":
      return (
        <a href={node.href} className="text-link underline underline-offset-2 hover:decoration-2">
          {node.children.join("")}
        </a>
      );
    case "quote":
      return (
        <Quote id={node.id} speaker={speakerOf(speakers, node.speaker)}>
          <Inlines nodes={node.children} speakers={speakers} />
        </Quote>
      );
  }
}

export function speakerOf(speakers: SpeakerLookup, id: string): SpeakerInArticle {
  const speaker = speakers.get(id);
  if (!speaker) throw new Error(`No speaker "${id}" in this article (content was not cross-checked)`);
  return speaker;
}

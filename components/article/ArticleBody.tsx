import type { ReactNode } from "react";
import type { Block, BlockquoteBlock } from "@/lib/content/schema";
import { quoteAttrs } from "../markup";
import { CopyQuoteLink } from "./CopyQuoteLink";
import { Inlines, type SpeakerLookup, speakerOf } from "./Inlines";

type BlockOf<T extends Block["type"]> = Extract<Block, { type: T }>;
type BlockProps<T extends Block["type"]> = { block: BlockOf<T>; speakers: SpeakerLookup };

/**
 * The render map: one component per block type. A new block type in the
 * schema fails to compile until it has its component here.
 */
const BLOCKS: { [T in Block["type"]]: (props: BlockProps<T>) => ReactNode } = {
  paragraph: Paragraph,
  heading: Heading,
  list: List,
  blockquote: BlockQuote,
};

/** The article's text, block by block. */
export function ArticleBody({ body, speakers }: { body: readonly Block[]; speakers: SpeakerLookup }) {
  return (
    <div className="article-body font-serif text-[1.1875rem] leading-[1.65]">
      {body.map((block, i) => (
        <BodyBlock key={i} block={block} speakers={speakers} />
      ))}
    </div>
  );
}

function BodyBlock({ block, speakers }: { block: Block; speakers: SpeakerLookup }) {
  // TypeScript cannot pair a union's tag with the table's entry for it; the table's type above guarantees the pair.
  const Component = BLOCKS[block.type] as (props: { block: Block; speakers: SpeakerLookup }) => ReactNode;
  return <Component block={block} speakers={speakers} />;
}

function Paragraph({ block, speakers }: BlockProps<"paragraph">) {
  return (
    <p>
      <Inlines nodes={block.children} speakers={speakers} />
    </p>
  );
}

function Heading({ block, speakers }: BlockProps<"heading">) {
  const Tag = block.level === 2 ? "h2" : "h3";
  return (
    <Tag className={`mt-10 mb-3 font-serif font-bold leading-tight ${block.level === 2 ? "text-2xl" : "text-xl"}`}>
      <Inlines nodes={block.children} speakers={speakers} />
    </Tag>
  );
}

function List({ block, speakers }: BlockProps<"list">) {
  const Tag = block.ordered ? "ol" : "ul";
  return (
    <Tag className={`my-5 space-y-2 ps-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
      {block.items.map((item, i) => (
        <li key={i}>
          <Inlines nodes={item} speakers={speakers} />
        </li>
      ))}
    </Tag>
  );
}

/** A quotation set off as its own paragraph, with the speaker named beneath it. */
function BlockQuote({ block, speakers }: { block: BlockquoteBlock; speakers: SpeakerLookup }) {
  const speaker = speakerOf(speakers, block.speaker);
  return (
    <figure className="my-8">
      <blockquote id={block.id} {...quoteAttrs(speaker.id, `speaker-${speaker.colour} rounded-e px-5 py-4 text-[1.3125rem] leading-snug`)}>
        <p>
          <span aria-hidden="true">“</span>
          <Inlines nodes={block.children} speakers={speakers} />
          <span aria-hidden="true">”</span>
        </p>
      </blockquote>
      <figcaption className="mt-2 flex items-start justify-between gap-2 ps-5 font-sans text-sm text-muted">
        <span className="py-1">
          — <span className="font-semibold text-fg">{speaker.name}</span>
          {speaker.role ? `, ${speaker.role}` : null}
        </span>
        <CopyQuoteLink quoteId={block.id} label={`Copy link to this quote by ${speaker.name}`} variant="list" />
      </figcaption>
    </figure>
  );
}

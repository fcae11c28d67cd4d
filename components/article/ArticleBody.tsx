import type { ReactNode } from "react";
import type { Block } from "@/lib/content/schema";
import { quoteAttrs, speakerClass } from "../markup";
import { type BodyContext, Inlines, speakerOf } from "./Inlines";

type BlockOf<T extends Block["type"]> = Extract<Block, { type: T }>;
type BlockProps<T extends Block["type"]> = { block: BlockOf<T>; ctx: BodyContext };

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
export function ArticleBody({ body, ctx }: { body: readonly Block[]; ctx: BodyContext }) {
  return (
    <div className="article-body font-serif text-[1.1875rem] leading-[1.65]">
      {body.map((block, i) => (
        <BodyBlock key={i} block={block} ctx={ctx} />
      ))}
    </div>
  );
}

function BodyBlock({ block, ctx }: { block: Block; ctx: BodyContext }) {
  // TypeScript cannot pair a union's tag with the table's entry for it; the table's type above guarantees the pair.
  const Component = BLOCKS[block.type] as (props: { block: Block; ctx: BodyContext }) => ReactNode;
  return <Component block={block} ctx={ctx} />;
}

function Paragraph({ block, ctx }: BlockProps<"paragraph">) {
  return (
    <p>
      <Inlines nodes={block.children} ctx={ctx} />
    </p>
  );
}

function Heading({ block, ctx }: BlockProps<"heading">) {
  const Tag = block.level === 2 ? "h2" : "h3";
  return (
    <Tag className={`mt-10 mb-3 font-serif font-bold leading-tight ${block.level === 2 ? "text-2xl" : "text-xl"}`}>
      <Inlines nodes={block.children} ctx={ctx} />
    </Tag>
  );
}

function List({ block, ctx }: BlockProps<"list">) {
  const Tag = block.ordered ? "ol" : "ul";
  return (
    <Tag className={`my-5 space-y-2 ps-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
      {block.items.map((item, i) => (
        <li key={i}>
          <Inlines nodes={item} ctx={ctx} />
        </li>
      ))}
    </Tag>
  );
}

/** A quotation set off as its own paragraph, with the speaker named beneath it. */
function BlockQuote({ block, ctx }: BlockProps<"blockquote">) {
  const speaker = speakerOf(ctx.speakers, block.speaker);
  const place = ctx.segments.get(block.id);
  return (
    <figure className="my-8">
      <blockquote id={block.id} {...quoteAttrs(speaker.id, `${speakerClass(speaker.colour)} rounded-e px-5 py-4 text-[1.3125rem] leading-snug`, place)}>
        <p>
          <span aria-hidden="true">“</span>
          <Inlines nodes={block.children} ctx={ctx} />
          {place?.continued ? null : <span aria-hidden="true">”</span>}
        </p>
      </blockquote>
      <figcaption className="mt-2 ps-5 font-sans text-sm text-muted">
        — <span className="font-semibold text-fg">{speaker.name}</span>
        {speaker.role ? `, ${speaker.role}` : null}
      </figcaption>
    </figure>
  );
}

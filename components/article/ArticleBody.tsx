import type { Block, BlockquoteBlock } from "@/lib/content/schema";
import { CopyQuoteLink } from "./CopyQuoteLink";
import { Inlines, type SpeakerLookup, speakerOf } from "./Inlines";

/** The article's text: each block type maps to one component. */
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
  switch (block.type) {
    case "paragraph":
      return (
        <p>
          <Inlines nodes={block.children} speakers={speakers} />
        </p>
      );
    case "heading": {
      const Tag = block.level === 2 ? "h2" : "h3";
      return (
        <Tag className={`mt-10 mb-3 font-serif font-bold leading-tight ${block.level === 2 ? "text-2xl" : "text-xl"}`}>
          <Inlines nodes={block.children} speakers={speakers} />
        </Tag>
      );
    }
    case "list": {
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
    case "blockquote":
      return <BlockQuote block={block} speakers={speakers} />;
  }
}

/** A quotation set off as its own paragraph, with the speaker named beneath it. */
function BlockQuote({ block, speakers }: { block: BlockquoteBlock; speakers: SpeakerLookup }) {
  const speaker = speakerOf(speakers, block.speaker);
  return (
    <figure className="my-8">
      <blockquote
        id={block.id}
        data-speaker={speaker.id}
        className={`quote speaker-${speaker.colour} rounded-e px-5 py-4 text-[1.3125rem] leading-snug`}
      >
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

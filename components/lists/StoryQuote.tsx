import type { Site } from "@/lib/site/site";
import { pullQuote } from "@/lib/attribution/pull-quote";
import { speakersInOrder } from "@/lib/article/speakers";
import { shareableQuote } from "@/lib/seo/text";
import { speakerClass } from "../markup";

export interface StoryQuoteData {
  text: string;
  name: string;
  role?: string;
  colour: number;
}

/** The quotation a list shows for a story (lib/attribution/pull-quote.ts), with its speaker as the story colours them. */
export function storyQuote(site: Site, slug: string): StoryQuoteData | undefined {
  const article = site.articleBySlug.get(slug);
  if (!article) return undefined;
  const quote = pullQuote(article);
  if (!quote) return undefined;
  const speaker = speakersInOrder(article, site.people).find((s) => s.id === quote.speaker);
  if (!speaker) return undefined;
  return { text: shareableQuote(quote.text), name: speaker.name, ...(speaker.role ? { role: speaker.role } : {}), colour: speaker.colour };
}

/** Who said what, on a list: the words in the speaker's colour and underline, and their name beneath. */
export function StoryQuote({ quote, lead = false }: { quote: StoryQuoteData; lead?: boolean }) {
  return (
    <figure className={`story-quote ${lead ? "story-quote--lead" : ""} ${speakerClass(quote.colour)}`}>
      <blockquote>
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="story-quote__who">
        <span aria-hidden="true" className="speaker-panel__dot" />
        <span>
          <span className="font-semibold text-fg">{quote.name}</span>
          {lead && quote.role ? <span className="text-muted">, {quote.role}</span> : null}
        </span>
      </figcaption>
    </figure>
  );
}

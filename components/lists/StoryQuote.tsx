import type { Site } from "@/lib/site/site";
import { recordPullQuote } from "@/lib/article/record";
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
  const record = site.records.get(slug);
  const pull = record && recordPullQuote(record);
  const person = pull && site.people.get(pull.speaker.id);
  if (!pull || !person) return undefined;
  const { role, colour } = pull.speaker;
  return { text: shareableQuote(pull.quote.text), name: person.name, ...(role ? { role } : {}), colour };
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

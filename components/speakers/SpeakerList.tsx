import Link from "next/link";
import type { QuoteRef } from "@/lib/content/tree";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import { excerpt } from "@/lib/format/text";
import { plural } from "@/lib/format/text";
import { CopyQuoteLink } from "../article/CopyQuoteLink";
import { SpeakerToggle } from "./SpeakerFocus.client";
import { personPath } from "@/lib/paths";

const KIND_LABEL = { person: "Person", organisation: "Organisation" } as const;

/** Everyone quoted in the article, in order of first quote, with a link to each of their quotes. */
export function SpeakerList({
  speakers,
  quotes,
}: {
  speakers: readonly SpeakerInArticle[];
  quotes: ReadonlyMap<string, QuoteRef>;
}) {
  return (
    <ol className="space-y-6">
      {speakers.map((speaker) => (
        <li key={speaker.id} className={`speaker-${speaker.colour}`} data-speaker-entry={speaker.id}>
          <h3 className="speaker-entry__name">
            <span aria-hidden="true" className="speaker-entry__swatch" />
            <Link href={personPath(speaker.id)} className="speaker-entry__link">
              {speaker.name}
            </Link>
          </h3>
          <p className="speaker-entry__meta">
            {speaker.role ? <span className="block text-fg">{speaker.role}</span> : null}
            <span>
              {KIND_LABEL[speaker.kind]} · {plural(speaker.quoteIds.length, "quote")}
            </span>
          </p>
          <div className="mt-2 ps-6">
            <SpeakerToggle speakerId={speaker.id} name={speaker.name} />
          </div>
          <ol className="mt-1 ps-6" aria-label={`Quotes by ${speaker.name}`}>
            {speaker.quoteIds.map((id) => {
              const text = excerpt(quotes.get(id)?.text ?? "", 90);
              return (
                <li key={id} className="speaker-quotes__item">
                  <a href={`#${id}`} className="speaker-quotes__link">
                    “{text}”
                  </a>
                  <CopyQuoteLink quoteId={id} label={`Copy link to the quote “${excerpt(text, 40)}”`} variant="list" />
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}

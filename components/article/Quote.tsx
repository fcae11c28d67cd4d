import type { ReactNode } from "react";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import { shortName } from "@/lib/attribution/labels";
import type { SegmentPlace } from "@/lib/article/view";
import { QUOTE_TAG_CLASS, quoteAttrs, speakerClass } from "../markup";

/** Who said it, in words: a screen reader hears it after the quote, and print shows it. */
export function Attribution({ speaker }: { speaker: SpeakerInArticle }) {
  return <span className="quote-attribution sr-only">{` (${speaker.name})`}</span>;
}

/**
 * An inline quotation: its speaker's name just before it (shown on the first
 * quotation by them in a paragraph, otherwise when the quotation is pointed
 * at, focused or linked to), the words in the speaker's colour and underline,
 * and a stable anchor. The label is for the eye; the attribution after it
 * says the same to a screen reader.
 */
export function Quote({
  id,
  speaker,
  labelled,
  place,
  children,
}: {
  id: string;
  speaker: SpeakerInArticle;
  labelled: boolean;
  /** A segment of a quotation over several paragraphs: where it stands in it. */
  place?: SegmentPlace;
  children: ReactNode;
}) {
  const colour = speakerClass(speaker.colour);
  return (
    <>
      <span className={`${QUOTE_TAG_CLASS} ${colour}`} aria-hidden="true" {...(labelled ? { "data-shown": "" } : {})}>
        {shortName(speaker)}
      </span>
      <q id={id} {...quoteAttrs(speaker.id, colour, place)}>
        {children}
      </q>
      <Attribution speaker={speaker} />
    </>
  );
}

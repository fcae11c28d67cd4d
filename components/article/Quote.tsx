import type { ReactNode } from "react";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import { quoteAttrs } from "../markup";
import { CopyQuoteLink } from "./CopyQuoteLink";

/** Who said it, in words: a screen reader hears it after the quote, and print shows it. */
export function Attribution({ speaker }: { speaker: SpeakerInArticle }) {
  return <span className="quote-attribution sr-only">{` (${speaker.name})`}</span>;
}

/** An inline quotation, in the speaker's colour, with a stable anchor for links and a control to copy it. */
export function Quote({ id, speaker, children }: { id: string; speaker: SpeakerInArticle; children: ReactNode }) {
  return (
    <>
      <q id={id} {...quoteAttrs(speaker.id, `speaker-${speaker.colour}`)}>
        {children}
      </q>
      <Attribution speaker={speaker} />
      <CopyQuoteLink quoteId={id} label="Copy link to this quote" variant="inline" />
    </>
  );
}

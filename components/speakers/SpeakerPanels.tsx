import type { QuoteRef } from "@/lib/article/quotes";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import { PanelHeading } from "../ui/Labels";
import { SpeakerList } from "./SpeakerList";

interface Props {
  speakers: readonly SpeakerInArticle[];
  quotes: ReadonlyMap<string, QuoteRef>;
}

/** Desktop: a sidebar beside the text. Hidden below 1024px, where the panel below takes over. */
export function SpeakerSidebar({ speakers, quotes, className = "" }: Props & { className?: string }) {
  return (
    <aside aria-labelledby="speakers-heading" className={`no-print hidden lg:block ${className}`} data-testid="speaker-sidebar">
      <div className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto rounded-lg border border-rule bg-surface p-5">
        <PanelHeading id="speakers-heading" className="mb-4">
          Who’s quoted <span className="font-normal">({speakers.length})</span>
        </PanelHeading>
        <SpeakerList speakers={speakers} quotes={quotes} />
      </div>
    </aside>
  );
}

/** Small screens: the same list, folded into a panel near the top. Works without JavaScript. */
export function SpeakerDisclosure({ speakers, quotes }: Props) {
  return (
    <aside aria-label="Who’s quoted" className="no-print lg:hidden" data-testid="speaker-disclosure">
      <details className="group my-4 rounded-lg border border-rule bg-surface">
        <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 py-2 font-sans font-bold [&::-webkit-details-marker]:hidden">
          {/* A heading inside the summary keeps the outline whole: speaker names below are h3s. */}
          <h2 className="flex items-center gap-3 text-base">
            <span aria-hidden="true" className="flex -space-x-1">
              {speakers.slice(0, 6).map((s) => (
                <span key={s.id} className={`speaker-${s.colour} swatch inline-block size-3.5 rounded-full ring-2 ring-[var(--surface)]`} />
              ))}
            </span>
            Who’s quoted ({speakers.length})
          </h2>
          <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="border-t border-rule px-4 py-4">
          <SpeakerList speakers={speakers} quotes={quotes} />
        </div>
      </details>
    </aside>
  );
}

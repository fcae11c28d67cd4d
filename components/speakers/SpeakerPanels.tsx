import type { QuoteRef } from "@/lib/content/tree";
import type { SpeakerInArticle } from "@/lib/article/speakers";
import { PanelHeading } from "../ui/Labels";
import { SpeakerList } from "./SpeakerList";

/**
 * Everyone quoted in the article, rendered once for every screen size.
 *
 * Small screens: a panel folded near the top of the story (a `<details>`, so it
 * opens without JavaScript). From 1024px: the same element becomes a sticky
 * sidebar that is always open; `globals.css` (`.speaker-panel`) hides the
 * summary and shows the folded content through `::details-content`. Browsers
 * without that pseudo-element keep the foldable panel on desktop too.
 *
 * One copy rather than a desktop sidebar plus a mobile panel: the list is the
 * largest part of the page after the story, and each copy was sent twice (as
 * HTML and again in the React payload).
 */
export function SpeakerPanel({
  speakers,
  quotes,
  className = "",
}: {
  speakers: readonly SpeakerInArticle[];
  quotes: ReadonlyMap<string, QuoteRef>;
  className?: string;
}) {
  const title = (
    <>
      Who’s quoted <span className="font-normal">({speakers.length})</span>
    </>
  );
  return (
    <aside aria-label="Who’s quoted" className={`speaker-panel no-print ${className}`} data-testid="speaker-panel">
      <details className="group my-4 rounded-lg border border-rule bg-surface">
        <summary className="speaker-panel__summary">
          {/* A heading inside the summary keeps the outline whole: speaker names below are h3s. */}
          <h2 className="flex items-center gap-3 text-base">
            <span aria-hidden="true" className="flex -space-x-1">
              {speakers.slice(0, 6).map((s) => (
                <span key={s.id} className={`speaker-${s.colour} speaker-panel__dot`} />
              ))}
            </span>
            Who’s quoted ({speakers.length})
          </h2>
          <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="speaker-panel__content border-t border-rule px-4 py-4">
          {/* The panel comes before the story in reading order; a keyboard reader can pass its twenty-odd controls in one step. */}
          <a href="#story-text" className="speaker-panel__skip">
            Skip to the story
          </a>
          {/* Shown only where the summary is hidden (the desktop sidebar), so the outline keeps one h2 either way. */}
          <PanelHeading id="speakers-heading" className="speaker-panel__heading mb-4">
            {title}
          </PanelHeading>
          <SpeakerList speakers={speakers} quotes={quotes} />
        </div>
      </details>
    </aside>
  );
}

import type { SpeakerInArticle } from "@/lib/article/speakers";
import { initials } from "@/lib/attribution/labels";
import { plural } from "@/lib/format/text";
import { FILTER_EVERYONE, FILTER_INPUT_NAME, NEEDS_JS, SPEAKER_KEY_ATTR, speakerClass } from "../markup";
import { SpeakerKeyFold } from "./SpeakerKeyFold.client";

/**
 * Speakers the server shows before "N more": what fits a 1280×720 screen
 * under the site header when roles run to two lines. Once scripts run,
 * SpeakerKeyFold.client re-folds to the room the key really has.
 */
export const KEY_FOLD_DEFAULT = 4;
/** Dots on the folded panel's bar: enough to say "several people", few enough for one line at 320px. */
const SUMMARY_DOTS = 6;

const KIND_LABEL = { person: "Person", organisation: "Organisation" } as const;

/**
 * The key to the story's colours: each speaker's swatch (their colour, their
 * initials, their quotations' underline), name, role and number of quotes,
 * and, once scripts run, a filter. The filter is one group of radio buttons:
 * one Tab stop for the whole key, arrows between speakers, so the story is a
 * few keystrokes away (SpeakerFilter.client.tsx makes it act).
 *
 * One element for every width: a panel folded above the story on small
 * screens (a <details>, which opens without JavaScript) and, from 1024px, a
 * sticky sidebar that is always open (globals.css, `.speaker-panel`), with
 * as many speakers as fit on screen and the rest behind "N more"
 * (SpeakerKeyFold.client.tsx). Without JavaScript every speaker is listed.
 */
export function SpeakerKey({ speakers, quoteCount, className = "" }: { speakers: readonly SpeakerInArticle[]; quoteCount: number; className?: string }) {
  return (
    <aside aria-labelledby="speakers-heading" className={`speaker-panel no-print ${className}`} data-testid="speaker-panel">
      <details className="group my-4 rounded-lg border border-rule bg-surface" {...{ [SPEAKER_KEY_ATTR]: "" }}>
        <summary className="speaker-panel__summary">
          <span className="flex items-center gap-3">
            <span aria-hidden="true" className="flex -space-x-1">
              {speakers.slice(0, SUMMARY_DOTS).map((s) => (
                <span key={s.id} className={`${speakerClass(s.colour)} speaker-panel__dot`} />
              ))}
            </span>
            Who’s quoted ({speakers.length})
          </span>
          <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="speaker-panel__content">
          <h2 id="speakers-heading" className="speaker-panel__heading">
            Who’s quoted <span className="font-normal">({speakers.length})</span>
          </h2>
          <fieldset className="speaker-key">
            <legend className="speaker-key__legend" {...NEEDS_JS}>
              Show quotes by
            </legend>
            <SpeakerKeyFold fold={KEY_FOLD_DEFAULT} rows={speakers.map((s) => ({ id: s.id, className: speakerClass(s.colour), row: <KeyRow speaker={s} /> }))} />
            <label className="speaker-key__everyone" {...NEEDS_JS}>
              <input type="radio" name={FILTER_INPUT_NAME} value={FILTER_EVERYONE} defaultChecked className="speaker-key__radio" />
              Everyone <span className="text-muted">· {plural(quoteCount, "quote")}</span>
            </label>
          </fieldset>
        </div>
      </details>
    </aside>
  );
}

/** One speaker's row (SpeakerKeyFold.client puts it in its list item). */
function KeyRow({ speaker }: { speaker: SpeakerInArticle }) {
  return (
    <label className="speaker-key__row">
      <input type="radio" name={FILTER_INPUT_NAME} value={speaker.id} className="speaker-key__radio" {...NEEDS_JS} />
      <span aria-hidden="true" className="speaker-key__swatch">
        {initials(speaker.name)}
      </span>
      <span className="min-w-0">
        <span className="speaker-key__name">{speaker.name}</span>
        {speaker.role ? <span className="speaker-key__role">{speaker.role}</span> : null}
        <span className="speaker-key__meta">
          {KIND_LABEL[speaker.kind]} · {plural(speaker.quoteIds.length, "quote")}
        </span>
      </span>
    </label>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { plural } from "@/lib/format/text";
import {
  ARTICLE_ROOT_ATTR,
  DIMMED_ATTR,
  FILTER_ATTR,
  FILTER_EVERYONE,
  FILTER_INPUT_NAME,
  QUOTE_SELECTOR,
  READY_ATTR,
  SPEAKER_ATTR,
  SPEAKER_KEY_ATTR,
  type SpeakerBrief,
  speakerClass,
} from "../markup";

/**
 * Makes the speaker key's radio buttons filter the story: the other speakers'
 * quotations are dimmed, and the effect is shown where the reader is. When
 * the choice was made by pointer in the folded panel (a phone), the panel
 * closes; when none of the chosen speaker's quotations is on screen, the
 * first one after the reader's place (else the first) is brought into view;
 * and a bar at the foot of the screen says "Showing only Zelensky", with a
 * button to show everyone again (Escape does too).
 *
 * The key's markup is the server's; this island renders only the bar and a
 * live region, and listens on the document.
 */
export function SpeakerFilter({ speakers }: { speakers: Record<string, SpeakerBrief> }) {
  const [active, setActive] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const byPointer = useRef(false);

  const choose = useCallback(
    (id: string | null, reveal: boolean) => {
      const root = document.querySelector<HTMLElement>(`[${ARTICLE_ROOT_ATTR}]`);
      if (!root) return;
      const chosen = id && speakers[id] ? id : null;
      setActive(chosen);
      if (chosen) root.setAttribute(FILTER_ATTR, chosen);
      else root.removeAttribute(FILTER_ATTR);
      const quotes = [...root.querySelectorAll<HTMLElement>(QUOTE_SELECTOR)];
      for (const quote of quotes) quote.toggleAttribute(DIMMED_ATTR, chosen !== null && quote.getAttribute(SPEAKER_ATTR) !== chosen);
      const radio = root.querySelector<HTMLInputElement>(`input[name="${FILTER_INPUT_NAME}"][value="${CSS.escape(chosen ?? FILTER_EVERYONE)}"]`);
      if (radio && !radio.checked) radio.checked = true;
      setAnnouncement(
        chosen ? `Showing only quotes by ${speakers[chosen]!.name}. Press Escape to show everyone’s.` : "Showing quotes by everyone.",
      );
      if (!chosen || !reveal) return;
      const key = root.querySelector<HTMLDetailsElement>(`details[${SPEAKER_KEY_ATTR}]`);
      const summary = key?.querySelector("summary");
      // Folded panel (its summary shows): the reader chose with a finger or mouse, so give the story back to them.
      if (key?.open && summary && getComputedStyle(summary).display !== "none" && byPointer.current) key.open = false;
      const mine = quotes.filter((q) => q.getAttribute(SPEAKER_ATTR) === chosen);
      const onScreen = (q: HTMLElement) => {
        const r = q.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight - 64;
      };
      if (mine.some(onScreen)) return;
      const next = mine.find((q) => q.getBoundingClientRect().top > 0) ?? mine[0];
      next?.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    },
    [speakers],
  );

  useEffect(() => {
    const root = document.querySelector<HTMLElement>(`[${ARTICLE_ROOT_ATTR}]`);
    // Shows the key's radio buttons (globals.css): until now they could not answer.
    root?.setAttribute(READY_ATTR, "");
    const onPointer = (e: PointerEvent) => {
      byPointer.current = e.target instanceof Element && e.target.closest(`[${SPEAKER_KEY_ATTR}]`) !== null;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      byPointer.current = false;
      if (e.key === "Escape" && root?.hasAttribute(FILTER_ATTR)) choose(null, false);
    };
    const onChange = (e: Event) => {
      const input = e.target;
      if (!(input instanceof HTMLInputElement) || input.name !== FILTER_INPUT_NAME) return;
      choose(input.value === FILTER_EVERYONE ? null : input.value, true);
    };
    document.addEventListener("pointerdown", onPointer, true);
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("change", onChange);
    return () => {
      document.removeEventListener("pointerdown", onPointer, true);
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("change", onChange);
    };
  }, [choose]);

  const speaker = active ? speakers[active] : undefined;
  return (
    <>
      {speaker ? (
        <div className={`filter-bar ${speakerClass(speaker.colour)}`} data-testid="filter-bar">
          <span className="filter-bar__swatch" aria-hidden="true" />
          <span>
            Showing only <strong>{speaker.short}</strong>
            <span className="text-muted"> · {plural(speaker.count, "quote")}</span>
          </span>
          <button type="button" className="filter-bar__clear" onClick={() => choose(null, false)}>
            <span aria-hidden="true">✕</span>
            <span className="sr-only">Show everyone’s quotes</span>
          </button>
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

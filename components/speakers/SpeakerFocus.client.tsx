"use client";

import { ARTICLE_ROOT_ATTR, DIMMED_ATTR, FILTER_ATTR, NEEDS_JS, QUOTE_SELECTOR, SPEAKER_ATTR } from "../markup";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

interface Focus {
  active: string | null;
  toggle: (speakerId: string) => void;
}

const FocusContext = createContext<Focus | null>(null);

/**
 * Holds which speaker the reader has chosen, for every toggle on the page (the
 * desktop sidebar and the mobile panel share it), and dims the other speakers'
 * quotes. The quotes themselves are server-rendered; only an attribute changes.
 */
export function SpeakerFocusProvider({ names, children }: { names: Record<string, string>; children: ReactNode }) {
  const [active, setActive] = useState<string | null>(null);
  // Said to screen readers after each change, including back to everyone.
  const [announcement, setAnnouncement] = useState("");
  const root = useRef<HTMLDivElement>(null);

  const choose = useCallback(
    (next: string | null) => {
      setActive(next);
      setAnnouncement(next ? `Showing only quotes by ${names[next] ?? next}. Press Escape to show everyone’s.` : "Showing quotes by everyone.");
    },
    [names],
  );

  // Marks the article as interactive, which shows the toggles (globals.css). An attribute set here rather than state,
  // so that hydration is not followed by a second render of the page: that was a 110–200 ms task at 4× CPU.
  useEffect(() => {
    root.current?.setAttribute("data-ready", "");
  }, []);

  useEffect(() => {
    const quotes = root.current?.querySelectorAll<HTMLElement>(QUOTE_SELECTOR) ?? [];
    for (const quote of quotes) quote.toggleAttribute(DIMMED_ATTR, active !== null && quote.getAttribute(SPEAKER_ATTR) !== active);
  }, [active]);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && choose(null);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, choose]);

  const value = useMemo(() => ({ active, toggle: (id: string) => choose(active === id ? null : id) }), [active, choose]);

  return (
    <FocusContext value={value}>
      <div ref={root} {...{ [ARTICLE_ROOT_ATTR]: "", [FILTER_ATTR]: active ?? undefined }}>
        {children}
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
      </div>
    </FocusContext>
  );
}

/**
 * Toggles one speaker's focus. Without JavaScript it would do nothing, so it
 * is not shown (`data-needs-js`); until the page is interactive it holds its
 * place unseen (the provider's `data-ready`, globals.css), so a reader never
 * presses a control that does not answer, and nothing shifts when it appears.
 */
export function SpeakerToggle({ speakerId, name }: { speakerId: string; name: string }) {
  const focus = useContext(FocusContext);
  if (!focus) return null;
  return (
    <button
      type="button"
      aria-pressed={focus.active === speakerId}
      onClick={() => focus.toggle(speakerId)}
      className="speaker-toggle"
      data-speaker-toggle={speakerId}
      {...NEEDS_JS}
    >
      {/* "these" are the quotes listed just below; the name stays the same when pressed, aria-pressed carries the state. */}
      Show only these<span className="sr-only"> quotes by {name}</span>
    </button>
  );
}

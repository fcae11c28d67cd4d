"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";

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

  useEffect(() => {
    const quotes = root.current?.querySelectorAll<HTMLElement>(".quote[data-speaker]") ?? [];
    for (const quote of quotes) quote.toggleAttribute("data-dimmed", active !== null && quote.dataset.speaker !== active);
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
      <div ref={root} data-speaker-focus={active ?? undefined}>
        {children}
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
      </div>
    </FocusContext>
  );
}

const noSubscription = () => () => {};

/** False in the server HTML and during hydration, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Toggles one speaker's focus. Without JavaScript it would do nothing, so it
 * holds its place invisibly until the page is interactive (no layout shift).
 */
export function SpeakerToggle({ speakerId, name }: { speakerId: string; name: string }) {
  const focus = useContext(FocusContext);
  const hydrated = useHydrated();
  const pressed = focus?.active === speakerId;
  if (!focus || !hydrated) {
    return (
      <button type="button" disabled aria-hidden="true" tabIndex={-1} className="speaker-toggle invisible">
        Show only these
      </button>
    );
  }
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={() => focus.toggle(speakerId)}
      className="speaker-toggle"
      data-speaker-toggle={speakerId}
    >
      {/* "these" are the quotes listed just below; the name stays the same when pressed, aria-pressed carries the state. */}
      Show only these<span className="sr-only"> quotes by {name}</span>
    </button>
  );
}

"use client";

import { useSyncExternalStore } from "react";
import { NEEDS_JS } from "../markup";
import { applyThemeColor, isTheme, type Theme, THEME_ATTR, THEME_STORAGE_KEY } from "./theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();

function systemTheme(): Theme {
  return matchMedia(DARK_QUERY).matches ? "dark" : "light";
}

/** What the page shows: the reader's explicit choice (data-theme, set by ThemeScript), else the system's. */
function shownTheme(): Theme {
  const chosen = document.documentElement.getAttribute(THEME_ATTR);
  return isTheme(chosen) ? chosen : systemTheme();
}

/**
 * Shows `theme` and remembers it, unless it is what the system asks for
 * anyway: then the choice is forgotten and the page follows the system again,
 * so a two-way toggle can still lead back to "automatic".
 */
function show(theme: Theme) {
  const root = document.documentElement;
  const follow = theme === systemTheme();
  if (follow) root.removeAttribute(THEME_ATTR);
  else root.setAttribute(THEME_ATTR, theme);
  applyThemeColor(follow ? null : theme);
  try {
    if (follow) localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage blocked (private mode, policy): the choice holds for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  const media = matchMedia(DARK_QUERY);
  // Another tab changed the choice: show the same here.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== THEME_STORAGE_KEY) return;
    const chosen = isTheme(e.newValue) ? e.newValue : null;
    if (chosen) document.documentElement.setAttribute(THEME_ATTR, chosen);
    else document.documentElement.removeAttribute(THEME_ATTR);
    applyThemeColor(chosen);
    listener();
  };
  listeners.add(listener);
  media.addEventListener("change", listener);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", listener);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * A two-way "Dark theme" switch (aria-pressed). Hidden by CSS unless
 * ThemeScript ran, since without JavaScript it could do nothing and the page
 * follows the system setting. The server cannot know the reader's theme, so
 * the pressed state is only stated once the page is interactive.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, shownTheme, () => null);
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === null ? undefined : theme === "dark"}
      onClick={() => theme && show(theme === "dark" ? "light" : "dark")}
      data-theme-toggle=""
      {...NEEDS_JS}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
        <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" />
      </svg>
      <span className="sr-only">Dark theme</span>
    </button>
  );
}

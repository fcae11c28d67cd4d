/**
 * The theme, in one place: where the reader's choice is kept, each theme's
 * page colour, and the code that applies a choice, both the bundled function
 * (used by the toggle) and the inline script's source (run before the first
 * paint). The CSS side is `:root[data-theme]` in app/globals.css.
 */

export type Theme = "light" | "dark";

/** Where the reader's explicit choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = "onrecord-theme";

/** The page background of each theme, also the browser's toolbar colour (`<meta name="theme-color">`). */
export const THEME_COLORS = { light: "#fbfaf7", dark: "#121316" } as const satisfies Record<Theme, string>;

/** Set on <html>: `data-theme` holds an explicit choice, `data-js` says scripts run (globals.css shows JS-only controls by it). */
export const THEME_ATTR = "data-theme";
export const JS_ATTR = "data-js";
/** Marks the theme-color tag an explicit choice added, so it can be found and removed again. */
const CHOICE_ATTR = "data-theme-choice";

export function isTheme(value: unknown): value is Theme {
  return value === "light" || value === "dark";
}

/**
 * Points the browser's toolbar colour at the theme the page shows. The layout
 * declares one theme-color per system setting (a media query each), and
 * browsers use the first theme-color whose media matches; an explicit choice
 * goes first in <head> with no media, so it wins, and `null` (follow the
 * system) removes it. The layout's own tags belong to React and are not
 * touched: React would re-create them when they differ from what it rendered.
 */
export function applyThemeColor(theme: Theme | null) {
  let meta = document.head.querySelector<HTMLMetaElement>(`meta[${CHOICE_ATTR}]`);
  if (!theme) return meta?.remove();
  if (!meta) {
    meta = document.createElement("meta");
    meta.name = "theme-color";
    meta.setAttribute(CHOICE_ATTR, "");
  }
  meta.content = THEME_COLORS[theme];
  document.head.prepend(meta);
}

/**
 * The inline script's source: applies a remembered theme so the page never
 * flashes the other one (and its toolbar colour, as applyThemeColor does),
 * and marks the document as scripted. Built from the constants above so the
 * names cannot drift; kept tiny and self-contained, since it runs before any
 * bundle and a CSP allows it as an inline script.
 */
export const THEME_SCRIPT_SOURCE = `(function(d){d.setAttribute(${JSON.stringify(JS_ATTR)},"");try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark"){d.setAttribute(${JSON.stringify(THEME_ATTR)},t);var m=document.createElement("meta");m.name="theme-color";m.content=${JSON.stringify(THEME_COLORS)}[t];m.setAttribute(${JSON.stringify(CHOICE_ATTR)},"");document.head.prepend(m)}}catch(e){}})(document.documentElement)`;

/** Where the reader's explicit choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = "onrecord-theme";

/** The page background of each theme, also the browser's toolbar colour (`<meta name="theme-color">`). */
export const THEME_COLORS = { light: "#fbfaf7", dark: "#121316" } as const;

/**
 * Points the browser's toolbar colour at the theme the page shows. The layout
 * declares one theme-color per system setting (a media query each), and
 * browsers use the first theme-color whose media matches; an explicit choice
 * goes first in <head> with no media, so it wins, and `null` (follow the
 * system) removes it. The layout's own tags belong to React and are not
 * touched: React would re-create them when they differ from what it rendered.
 */
export function applyThemeColor(theme: keyof typeof THEME_COLORS | null) {
  let meta = document.head.querySelector<HTMLMetaElement>("meta[data-theme-choice]");
  if (!theme) return meta?.remove();
  if (!meta) {
    meta = document.createElement("meta");
    meta.name = "theme-color";
    meta.dataset.themeChoice = "";
  }
  meta.content = THEME_COLORS[theme];
  document.head.prepend(meta);
}

/**
 * Runs in <head> before the first paint: applies a remembered theme so the page
 * never flashes the other one, and marks the document as scripted so the toggle
 * (useless without JavaScript) is shown. Kept tiny and self-contained: it runs
 * before any bundle, and a CSP allows it as an inline script.
 */
// A remembered choice also sets the toolbar colour, as applyThemeColor does (React skips the extra tag in <head> when it hydrates).
const SOURCE = `(function(d){d.dataset.js="";try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark"){d.dataset.theme=t;var m=document.createElement("meta");m.name="theme-color";m.content=${JSON.stringify(THEME_COLORS)}[t];m.setAttribute("data-theme-choice","");document.head.prepend(m)}}catch(e){}})(document.documentElement)`;

export function ThemeScript() {
  // React 19 writes a <script>'s string child unescaped (it guards only against "</script"), so no innerHTML is needed.
  return <script>{SOURCE}</script>;
}

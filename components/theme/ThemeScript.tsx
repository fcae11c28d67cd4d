/** Where the reader's explicit choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = "onrecord-theme";

/**
 * Runs in <head> before the first paint: applies a remembered theme so the page
 * never flashes the other one, and marks the document as scripted so the toggle
 * (useless without JavaScript) is shown. Kept tiny and self-contained: it runs
 * before any bundle, and a CSP allows it as an inline script.
 */
const SOURCE = `(function(d){d.dataset.js="";try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})(document.documentElement)`;

export function ThemeScript() {
  // React 19 writes a <script>'s string child unescaped (it guards only against "</script"), so no innerHTML is needed.
  return <script>{SOURCE}</script>;
}

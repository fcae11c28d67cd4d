import { THEME_SCRIPT_SOURCE } from "./theme";

/** Runs in <head> before the first paint (see THEME_SCRIPT_SOURCE). */
export function ThemeScript() {
  // React 19 writes a <script>'s string child unescaped (it guards only against "</script"), so no innerHTML is needed.
  return <script>{THEME_SCRIPT_SOURCE}</script>;
}

import localFont from "next/font/local";

/**
 * Source Serif 4 from the npm package, served from our own origin: nothing is
 * fetched from a font CDN at build or run time. next/font sizes a fallback to
 * match its metrics, so the swap causes no layout shift.
 *
 * Upright and italic are two families so that only the upright one is
 * preloaded: italics are rare in the copy, and 50 KB fewer bytes compete with
 * the page's first paint on a slow connection. `.font-serif em` picks the
 * italic family (app/globals.css). next/font wants literal paths.
 */
export const sourceSerif = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", style: "normal", weight: "200 900" }],
  variable: "--font-source-serif",
  display: "swap",
  fallback: ["Georgia", "Times New Roman", "serif"],
});

export const sourceSerifItalic = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", style: "italic", weight: "200 900" }],
  variable: "--font-source-serif-italic",
  display: "swap",
  preload: false,
  fallback: ["Georgia", "Times New Roman", "serif"],
});

"use client";

import { HOME_PATH } from "@/lib/paths";

/** Last resort, when the root layout itself fails: it replaces the whole document, so it brings its own. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem", lineHeight: 1.5 }}>
        <h1>Something went wrong on our side</h1>
        <p>onrecord could not show this page just now.</p>
        <p>
          <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1.25rem" }}>
            Try again
          </button>{" "}
          <a href={HOME_PATH}>Latest stories</a>
        </p>
      </body>
    </html>
  );
}

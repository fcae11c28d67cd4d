"use client";

import { HOME_PATH } from "@/lib/paths";

/**
 * Shown if rendering a page fails at request time (only draft previews render
 * per request). No details of the error reach the reader; the server log has them.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <p className="font-sans text-sm font-bold uppercase tracking-wider text-accent">Error · Off the record</p>
      <h1 className="mt-3 font-serif text-4xl font-bold tracking-tight">Something went wrong on our side</h1>
      <p className="mt-4 font-serif text-xl leading-snug text-muted">This page could not be shown just now. Try again, or go back to the latest stories.</p>
      <p className="mt-8 flex flex-wrap gap-4 font-sans">
        <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-full bg-fg px-5 font-semibold text-bg">
          Try again
        </button>
        <a href={HOME_PATH} className="inline-flex min-h-11 items-center rounded-full border border-rule px-5 font-semibold">
          Latest stories
        </a>
      </p>
    </div>
  );
}

import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight text-fg no-underline">
          on<span className="text-accent">record</span>
        </Link>
        <p className="text-sm text-muted">Who said what, in every story</p>
      </div>
    </header>
  );
}

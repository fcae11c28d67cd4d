import { Link } from "@/components/links/Link";
import { ThemeToggle } from "../theme/ThemeToggle.client";
import { HOME_PATH, PEOPLE_PATH, TOPICS_PATH } from "@/lib/paths";

const SECTIONS = [
  { href: HOME_PATH, label: "Latest" },
  { href: TOPICS_PATH, label: "Topics" },
  { href: PEOPLE_PATH, label: "Who’s on record" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-surface">
      {/* Below 640px the toggle sits beside the name and the sections take their own line; from 640px all share one. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 px-4 sm:px-6">
        <p className="me-auto py-3">
          <Link href={HOME_PATH} className="font-serif text-2xl font-bold tracking-tight text-fg">
            on<span className="text-accent">record</span>
            <span className="sr-only">: home</span>
          </Link>
          <span className="ms-3 hidden text-sm text-muted md:inline">Who said what, in every story</span>
        </p>
        <nav aria-label="Sections" className="no-print order-last -mx-3 basis-[calc(100%+1.5rem)] sm:order-none sm:mx-0 sm:basis-auto">
          <ul className="flex flex-wrap font-sans text-sm font-semibold">
            {SECTIONS.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className="site-nav__link">
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="no-print -me-2.5 flex">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

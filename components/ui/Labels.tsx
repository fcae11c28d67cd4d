import type { ReactNode } from "react";
import { DemoBadge } from "../article/DemoNotice";

/** The small label above a headline: the section, or what kind of page this is. */
export function Kicker({ children, demo = false, small = false }: { children: ReactNode; demo?: boolean; small?: boolean }) {
  return (
    <p className={`flex flex-wrap items-center gap-3 font-sans font-bold uppercase tracking-wider text-accent ${small ? "text-xs" : "text-sm"}`}>
      <span>{children}</span>
      {demo ? <DemoBadge /> : null}
    </p>
  );
}

/** The quiet heading of a panel or a section at the foot of a page. */
export function PanelHeading({ id, children, className = "" }: { id: string; children: ReactNode; className?: string }) {
  return (
    <h2 id={id} className={`font-sans text-sm font-bold uppercase tracking-wider text-muted ${className}`}>
      {children}
    </h2>
  );
}

/** The top of a listing page (a topic, a speaker): what it is, its name, a line about it. */
export function PageHeader({
  kicker,
  title,
  description,
  meta,
  demo = false,
}: {
  kicker: ReactNode;
  title: string;
  description?: string;
  meta?: ReactNode;
  /** Invented for the demo: the kicker carries the "Demo content" badge. */
  demo?: boolean;
}) {
  return (
    <header className="pt-8 pb-6">
      <Kicker demo={demo}>{kicker}</Kicker>
      <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight text-balance">{title}</h1>
      {description ? <p className="mt-3 font-serif text-xl leading-snug text-muted text-pretty">{description}</p> : null}
      {meta ? <p className="mt-3 font-sans text-sm text-muted">{meta}</p> : null}
    </header>
  );
}

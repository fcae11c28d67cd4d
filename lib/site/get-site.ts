import { blockingProblems, loadContentRoot } from "../content/loader";
import { formatProblem } from "../content/problems";
import { type Site, buildSite, usableContent } from "./site";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content has ${problems.length} problem(s):\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}

let site: Site | undefined;

/**
 * Loads the content root once per process. Pages are generated at build time,
 * so this runs while building, never per reader request; in draft mode the
 * dynamic renders reuse it for lists and related articles. The build
 * validates content before it gets here, so the throw is a safety net there;
 * at run time a file broken since the build is left out, not fatal.
 * Under `next dev` it reloads on every call, so an edited file shows on reload.
 */
export function getSite(): Site {
  if (site) return site;
  const loaded = loadContentRoot();
  const blocking = blockingProblems(loaded);
  if (blocking.length > 0 && process.env.NEXT_PHASE === "phase-production-build") {
    throw new ContentError(blocking.map(formatProblem));
  }
  if (loaded.problems.length > 0) {
    console.error(`onrecord: ${loaded.problems.length} content problem(s); the files concerned are left out (run npm run validate)`);
  }
  const usable = usableContent(loaded);
  const fresh = buildSite(usable.articles, usable.people, usable.topics);
  if (process.env.NODE_ENV !== "development") site = fresh;
  return fresh;
}

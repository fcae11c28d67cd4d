import type { Site } from "./site";
import packageJson from "../../package.json";

export interface HealthReport {
  status: "ok";
  name: string;
  version: string;
  builtAt: string;
  content: { articles: number; people: number; topics: number; quotes: number };
}

/** What `/api/health` reports: the build's version and how much published content it serves. */
export function healthReport(site: Site, version: string = packageJson.version, builtAt: Date = new Date()): HealthReport {
  return {
    status: "ok",
    name: packageJson.name,
    version,
    builtAt: builtAt.toISOString(),
    content: {
      articles: site.summaries.length,
      people: site.people.size,
      topics: site.topics.size,
      quotes: site.quoteCount,
    },
  };
}

/**
 * Dates are shown in UTC so a page reads the same wherever it was built
 * (a build server's time zone must not move an article to another day).
 */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "11 July 2024" */
export function formatDate(iso: string): string {
  return DAY.format(new Date(iso));
}

/** "1 min read", "4 min read" */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

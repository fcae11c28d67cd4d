import { describe, expect, it } from "vitest";
import { formatDate, formatReadingTime } from "./date";

describe("formatDate", () => {
  it("writes day, month name and year", () => {
    expect(formatDate("2024-07-11T12:00:00Z")).toBe("11 July 2024");
    expect(formatDate("2025-01-01T00:00:00Z")).toBe("1 January 2025");
  });

  it("gives the day in UTC, not where the article was written", () => {
    expect(formatDate("2024-07-11T23:30:00-05:00")).toBe("12 July 2024");
    expect(formatDate("2024-07-12T01:00:00+05:00")).toBe("11 July 2024");
    expect(formatDate("2024-12-31T23:59:59Z")).toBe("31 December 2024");
  });
});

describe("formatReadingTime", () => {
  it("reads N min read", () => {
    expect(formatReadingTime(1)).toBe("1 min read");
    expect(formatReadingTime(12)).toBe("12 min read");
  });
});

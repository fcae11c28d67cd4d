import { describe, expect, it } from "vitest";
import { formatDate, formatReadingTime, plural } from "./date";

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

describe("plural", () => {
  it("uses the singular for one only", () => {
    expect(plural(1, "quote")).toBe("1 quote");
    expect(plural(0, "quote")).toBe("0 quotes");
    expect(plural(3, "quote")).toBe("3 quotes");
  });

  it("takes an irregular plural", () => {
    expect(plural(1, "person", "people")).toBe("1 person");
    expect(plural(2, "person", "people")).toBe("2 people");
  });

  it("groups thousands", () => {
    expect(plural(1234, "word")).toBe("1,234 words");
  });
});

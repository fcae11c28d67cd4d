import { describe, expect, it } from "vitest";
import { makeTopic } from "../content/test-fixtures";
import { indexByTopic, topicCounts, topicsInUse } from "./topics";

const articles = [{ topics: ["nato", "russia"] }, { topics: ["russia"] }, { topics: ["ukraine", "russia", "nato"] }, { topics: ["cables"] }];

describe("topicCounts", () => {
  it("counts the articles carrying each topic", () => {
    expect(topicCounts(articles)).toEqual(new Map([["nato", 2], ["russia", 3], ["ukraine", 1], ["cables", 1]]));
  });

  it("is empty for no articles", () => {
    expect(topicCounts([]).size).toBe(0);
  });
});

describe("topicsInUse", () => {
  const topics = [
    makeTopic("ukraine", { name: "Ukraine" }),
    makeTopic("space", { name: "Space" }),
    makeTopic("nato", { name: "NATO" }),
    makeTopic("cables", { name: "Undersea cables" }),
    makeTopic("russia", { name: "Russia" }),
  ];

  it("lists topics with articles, busiest first, then by name, leaving out unused ones", () => {
    expect(topicsInUse(topics, topicCounts(articles)).map((t) => t.id)).toEqual(["russia", "nato", "ukraine", "cables"]);
  });

  it("ignores counts for topics that do not exist", () => {
    expect(topicsInUse([makeTopic("nato")], new Map([["ghost", 9], ["nato", 1]])).map((t) => t.id)).toEqual(["nato"]);
  });
});

describe("indexByTopic", () => {
  it("lists each topic's articles in the order given, once each", () => {
    const index = indexByTopic(articles);
    expect(index.get("russia")).toEqual([articles[0], articles[1], articles[2]]);
    expect(index.get("cables")).toEqual([articles[3]]);
    expect(index.has("space")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { Person } from "../content/schema";
import { REVIEW_THRESHOLD, extractQuotations, quoteList } from "./extract";

/** A story from paragraphs (the headline is fixed and quote-free). All names are invented. */
function extract(paragraphs: string[], people: Person[] = []) {
  return extractQuotations({ headline: "Test story", paragraphs }, people);
}
const list = (paragraphs: string[], people: Person[] = []) => quoteList(extract(paragraphs, people));
const speakers = (paragraphs: string[], people: Person[] = []) => list(paragraphs, people).map((q) => q.speaker);
const methods = (paragraphs: string[]) => extract(paragraphs).quotes.map((q) => q.attribution.method);

describe("attribution rules", () => {
  it("tag after the quotation: verb then name, and name then verb", () => {
    expect(speakers(["“We will rebuild the pier,” said Halvard Brenn.", "“The tide is turning,” Ottilie Sarn said at the harbour."])).toEqual(["Halvard Brenn", "Ottilie Sarn"]);
    expect(methods(["“We will rebuild the pier,” said Halvard Brenn."])).toEqual(["tag-after"]);
  });

  it("tag before the quotation, with a colon or a comma", () => {
    expect(speakers(["Halvard Brenn said: “We will rebuild the pier.”", "Ottilie Sarn added, “The tide is turning.”"])).toEqual(["Halvard Brenn", "Ottilie Sarn"]);
    expect(methods(["Halvard Brenn said: “We will rebuild the pier.”"])).toEqual(["tag-before"]);
  });

  it("Name: “…” with no verb", () => {
    const found = extract(["Councillor Wenna Tolk: “The budget is balanced.”"]);
    expect(quoteList(found)[0]?.speaker).toBe("Wenna Tolk");
    expect(found.quotes[0]?.attribution.method).toBe("name-colon");
  });

  it("a title and role before the name give the person, and the role is kept", () => {
    const found = extract(["Harbour Authority chairman Dr Ansel Quarry said the repairs were “long overdue”."]);
    expect(found.quotes[0]?.attribution.speaker?.name).toBe("Ansel Quarry");
    expect(found.quotes[0]?.attribution.speaker?.role).toContain("chairman");
  });

  it("an appositive between commas or dashes does not hide the subject", () => {
    expect(
      speakers([
        "Ottilie Sarn, a marine biologist at the Vellum Institute, added: “The reef is recovering.”",
        "Discussing the survey, Halvard Brenn – a diver for twenty years – said: “I have never seen it so clear.”",
      ]),
    ).toEqual(["Ottilie Sarn", "Halvard Brenn"]);
  });

  it("a role noun followed by a name in commas names the speaker (“The ferry's captain, Jory Penhal, said …”)", () => {
    expect(speakers(["The ferry's captain, Jory Penhal, called the storm “the worst in memory”."])).toEqual(["Jory Penhal"]);
  });

  it("a surname or a titled short form resolves to the fullest name in the story", () => {
    expect(speakers(["Mayor Idris Vantongeren opened the bridge on Monday.", "“It is a proud day,” Vantongeren said.", "Mr Vantongeren added: “Thank you all.”"])).toEqual([
      "Idris Vantongeren",
      "Idris Vantongeren",
    ]);
  });

  it("a first name alone stays a first name when the story never gives more", () => {
    expect(speakers(["Her sister, Morwen, said: “She loved the sea.”"])).toEqual(["Morwen"]);
  });

  it("he/she resolve to the earlier person of the right sex", () => {
    expect(
      speakers(["Mrs Ysolde Parrin met Mr Caddock Lune at the quay. Mrs Parrin was the first to arrive.", "She said: “We waited for hours.”"]),
    ).toEqual(["Ysolde Parrin"]);
    expect(speakers(["Caddock Lune, 44, runs the chandlery.", "“Business is slow,” he said."])).toEqual(["Caddock Lune"]);
  });

  it("an addressee is never the speaker (“he told Norris:”)", () => {
    expect(speakers(["Tamsin Vaur spoke to the inspector, Bran Norris, on Friday.", "She told Norris: “I saw the van leave.”"])).toEqual(["Tamsin Vaur"]);
  });

  it("a role noun that describes someone named earlier resolves to them (“the Unity leader”, “the 52-year-old”)", () => {
    expect(speakers(["Harbour Party leader Petroc Vell attacked the plan.", "The Harbour Party leader said: “It is a disgrace.”"])).toEqual(["Petroc Vell"]);
    expect(speakers(["Elowen Brisk has sailed alone around the cape.", "The 52-year-old said: “I never felt afraid.”"])).toEqual(["Elowen Brisk"]);
  });

  it("an unnamed person keeps their role as written (“The driver”, “A source”)", () => {
    expect(speakers(["The bus hit the driver's side of the van.", "The driver said she had been “terrified”.", "A source said the talks were “close to collapse”."])).toEqual([
      "The driver",
      "A source",
    ]);
  });

  it("an organisation speaks through “the company said” and through its statement", () => {
    const paragraphs = ["Corvane Ferries Ltd cancelled every crossing on Sunday.", "“Safety comes first,” the company said in a statement."];
    expect(speakers(paragraphs)).toEqual(["Corvane Ferries Ltd"]);
    expect(speakers(["Corvane Ferries Ltd cancelled every crossing on Sunday.", "“Safety comes first,” the statement read."])).toEqual(["Corvane Ferries Ltd"]);
  });

  it("a document's author: “X’s report”, “a statement issued by X”, and known aliases", () => {
    const guild: Person = { id: "pilots-guild", name: "Pilots' Guild", kind: "organisation", aliases: ["the guild"] };
    expect(speakers(["The guild’s annual report describes the channel as “dangerously silted”."], [guild])).toEqual(["Pilots' Guild"]);
    expect(speakers(["A statement issued by the harbour master's office said the quay was “unsafe”."])).toEqual(["the harbour master's office"]);
  });

  it("a passive tag (“staff were told:”) gives the memo's author, not the addressee", () => {
    const found = extract(["Penhallow Hospital has been short of beds all winter.", "In an internal memo, staff were told: “Corridor care must end.”"]);
    expect(found.quotes[0]?.attribution.speaker?.name).toBe("Penhallow Hospital");
    expect(found.quotes[0]?.attribution.method).toBe("document");
  });

  it("“according to X”", () => {
    expect(speakers(["The levy is “a tax on fishing”, according to Senna Quist."])).toEqual(["Senna Quist"]);
  });

  it("a quotation split around its tag: both halves to the speaker", () => {
    const found = list(["“We tried,” said Jory Penhal. “Nobody listened.”"]);
    expect(found.map((q) => q.speaker)).toEqual(["Jory Penhal", "Jory Penhal"]);
    expect(methods(["“We tried,” said Jory Penhal. “Nobody listened.”"])).toEqual(["tag-after", "split-quote"]);
    expect(speakers(["“We tried,” he said, “but nobody listened.”"])).toHaveLength(2);
  });

  it("an untagged quotation paragraph follows on from the previous speaker", () => {
    const paragraphs = ["“The nets came up empty,” said Jory Penhal.", "“Three weeks, nothing at all.”"];
    expect(speakers(paragraphs)).toEqual(["Jory Penhal", "Jory Penhal"]);
    expect(methods(paragraphs)).toEqual(["tag-after", "follow-on"]);
  });

  it("an untagged quotation paragraph after reported speech goes to the person reported", () => {
    const paragraphs = ["“We sail,” said Jory Penhal.", "Harbour master Senna Quist said the plan would fail.", "“It is a disaster waiting to happen.”"];
    expect(speakers(paragraphs)).toEqual(["Jory Penhal", "Senna Quist"]);
    expect(speakers(["The storm closed the port.", "A harbour spokesman said:", "“Nobody may sail today.”"])).toEqual(["A harbour spokesman"]);
  });

  it("a quotation over several paragraphs keeps its speaker in every segment", () => {
    const found = extract(["Senna Quist said: “The first point is cost.", "“The second is time.", "“The third is trust.”"]);
    expect(found.quotes.map((q) => [q.text, q.attribution.speaker?.name, q.attribution.method])).toEqual([
      ["The first point is cost.", "Senna Quist", "tag-before"],
      ["The second is time.", "Senna Quist", "continued"],
      ["The third is trust.", "Senna Quist", "continued"],
    ]);
  });

  it("a speech verb does not reach past a subordinate clause: such quotes are flagged for review", () => {
    const found = extract(["“We are safe,” said Tamsin Vaur.", "The ferry line said sorry after travellers were left “stranded”."]);
    const stranded = found.quotes[1];
    expect(stranded?.attribution.method).toBe("fallback");
    expect(stranded?.attribution.confidence).toBeLessThan(REVIEW_THRESHOLD);
  });

  it("a quotation inside a quotation is attributed to the speaker named inside it", () => {
    const found = extract(["Tamsin Vaur said: “Then the skipper shouted to everyone ‘hold on tight’ and we did.”"]);
    expect(found.quotes.map((q) => [q.text.slice(0, 12), q.attribution.speaker?.name, q.parent])).toEqual([
      ["Then the ski", "Tamsin Vaur", undefined],
      ["hold on tigh", "the skipper", 0],
    ]);
  });

  it("a relative clause has its own subject (“…, which judges called “…””)", () => {
    expect(speakers(["Mira Solenne won for her novel, which judges called “a quiet masterpiece”."])).toEqual(["judges"]);
  });

  it("“the company” is the story's most mentioned organisation; “the union” one named as a union, else kept as written", () => {
    const paragraphs = [
      "Halden Semiconductor will cut 400 jobs. Halden Semiconductor shares rose. Analysts at Corbel Partners were unmoved.",
      "“It was hard,” the company said.",
      "The union said it was “angry”.",
    ];
    expect(speakers(paragraphs)).toEqual(["Halden Semiconductor", "The union"]);
  });

  it("a noun that looks like a verb (“Corvane's demands”) is not the speech verb", () => {
    expect(speakers(["Talks stalled.", "Ruvenia's delegation said in a statement that Corvane's demands were “unfair”."])).toEqual(["Ruvenia's delegation"]);
  });

  it("a headline's “Name: ‘…’” names its speaker; other headline quotations go to the main speaker, flagged", () => {
    const found = extractQuotations({ headline: "Vell: 'We threw it away'", paragraphs: ["Corvane captain Petroc Vell said the loss was 'on me'."] }, []);
    expect(found.quotes.map((q) => [q.headline, q.attribution.speaker?.name, q.attribution.method])).toEqual([
      [true, "Petroc Vell", "name-colon"],
      [false, "Petroc Vell", "reported-speech"],
    ]);
  });

  it("a tag set off by commas inside the sentence (“Their findings, she said, suggest …”)", () => {
    expect(speakers(["Dr. Ama Reyes led the study.", "Their findings, she said, suggest the ban “made a difference”."])).toEqual(["Ama Reyes"]);
  });

  it("uses known speakers' names and aliases", () => {
    const known: Person = { id: "halvard-brenn", name: "Halvard Brenn", kind: "person", aliases: ["Brenn"] };
    const found = extract(["“Enough,” Brenn said."], [known]);
    expect(found.quotes[0]?.attribution.speaker?.personId).toBe("halvard-brenn");
  });

  it("records how and how sure: a name tag is confident, a pronoun less so", () => {
    const found = extract(["“One,” said Jory Penhal.", "“Two,” he said."]);
    const [a, b] = found.quotes.map((q) => q.attribution);
    expect(a?.resolution).toEqual(["name"]);
    expect(b?.resolution).toEqual(["pronoun"]);
    expect(a?.confidence ?? 0).toBeGreaterThan(b?.confidence ?? 1);
  });
});

describe("second-hand words, dialogue and follow-on paragraphs", () => {
  it("words reported second-hand belong to whoever first said them", () => {
    expect(
      speakers([
        "Ottilie Sarn said the skipper had told her the storm was “the worst in years”.",
        "A neighbour, Bran Norris, heard Penhal shout “get below” twice.",
      ]),
    ).toEqual(["the skipper", "Penhal"]);
  });

  it("an untagged quotation goes to the person the same paragraph has just reported or described", () => {
    expect(speakers(["“We are ready,” said Jory Penhal.", "Harbour engineer Wenna Tolk said the wall would hold. “It is built for worse.”"])).toEqual(["Jory Penhal", "Wenna Tolk"]);
    expect(speakers(["“It is lower,” said Wenna Tolk.", "Morwen Penhal laughs. “She always says that.”"])).toEqual(["Wenna Tolk", "Morwen Penhal"]);
  });

  it("untagged lines of dialogue take turns between two speakers, at a confidence that flags them", () => {
    const found = extract(["“Lower,” says Wenna Tolk.", "“It is lower,” Morwen Penhal answers.", "“Happy now?”", "“Not yet.”"]);
    expect(quoteList(found).map((q) => q.speaker)).toEqual(["Wenna Tolk", "Morwen Penhal", "Wenna Tolk", "Morwen Penhal"]);
    expect(found.quotes[2]?.attribution.confidence).toBeLessThan(0.9);
  });
});

describe("roles from appositives", () => {
  it("land on the speaker: a role before the name, a role after it, a post held", () => {
    const found = extract([
      "The chief engineer of the port, Wenna Tolk, said: “It holds.”",
      "Jory Penhal, 44, a diver, added: “Cold.”",
      "Ottilie Sarn, who chairs the Tidewater Guild, said: “We will fight.”",
    ]);
    expect(found.quotes.map((q) => [q.attribution.speaker?.name, q.attribution.speaker?.role])).toEqual([
      ["Wenna Tolk", "chief engineer of the port"],
      ["Jory Penhal", "diver"],
      ["Ottilie Sarn", "chair of the Tidewater Guild"],
    ]);
  });
});

describe("direct or partial", () => {
  const kinds = (paragraphs: string[]) => list(paragraphs).map((q) => q.kind);
  it("a sentence standing on its own is direct", () => {
    expect(kinds(["Jory Penhal said: “We sail at dawn.”", "“We sail at dawn,” said Jory Penhal.", "“We sail at dawn.”"])).toEqual(["direct", "direct", "direct"]);
  });
  it("an utterance right after its verb is direct", () => {
    expect(kinds(["Jory Penhal said to the crew “we sail at dawn” and left."])).toEqual(["direct"]);
  });
  it("a fragment inside the reporter's sentence is partial, even one word", () => {
    expect(kinds(["Jory Penhal called the plan “reckless”.", "He said it was “a matter of time” before the pier fell.", "He warned of “chaos”, a “disaster”, and worse."])).toEqual([
      "partial",
      "partial",
      "partial",
      "partial",
    ]);
  });
});

describe("not quotations", () => {
  it("ratings, labels and abbreviations in marks are left out and reported as ignored", () => {
    const found = extract(["Tidewater Bank raised the stock from “hold” to “buy.” The so-called “harbour tax” returns.", "Jory Penhal said: “Our ‘D’ was poor.”"]);
    expect(quoteList(found).map((q) => q.text)).toEqual(["Our ‘D’ was poor."]);
    expect(found.ignored.map((i) => i.reason)).toEqual(["rating", "rating", "label", "nested-phrase"]);
  });
});

import { describe, expect, it } from "vitest";
import { asciiHtml } from "./ascii-html";

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

/** Undoes the markup escapes: what a browser's parser does with `&#x…;` in text and attribute values. */
const decodeRefs = (s: string) => s.replace(/&#x([0-9a-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

/** A page shaped like Next.js's prerendered output, with typographic characters in every place they occur. */
const PAGE = [
  "<!DOCTYPE html><html lang=\"en\"><head><meta charSet=\"utf-8\"/>",
  "<title>Allies’ “hybrid” plan — onrecord</title>",
  "<meta name=\"description\" content=\"NATO’s leaders said “enough”.\"/>",
  "<script src=\"/_next/static/chunks/a.js\" async=\"\"></script>",
  "<script>(function(){try{var t=localStorage.getItem(\"theme\")}catch(e){}})()</script>",
  "</head><body><!--$--><main><h1>Allies’ plan</h1>",
  "<p>“It is time,” she said — in Tallinn, café, 😀.</p>",
  "<a href=\"/people/jens\" title=\"Jens’s page\">Jens’s quotes</a><!--/$-->",
  "<script type=\"application/ld+json\">{\"headline\":\"Allies’ plan\",\"text\":\"\\u003c “q” 😀\"}</script>",
  "<script>self.__next_f.push([1,\"5:[\\\"$\\\",\\\"h1\\\",null,{\\\"children\\\":\\\"Allies’ plan 😀\\\"}]\\n\"])</script>",
  "</main></body></html>",
].join("");

describe("asciiHtml", () => {
  it("leaves a page that is already ASCII as it is", () => {
    const html = "<p>plain</p><script>self.__next_f.push([1,\"x\"])</script>";
    expect(asciiHtml(html)).toEqual({ html, changed: false });
  });

  it("makes a page of Next.js's shape pure ASCII", () => {
    const result = asciiHtml(PAGE);
    expect(result.changed).toBe(true);
    expect(result.unsafe).toBeUndefined();
    expect(isAscii(result.html)).toBe(true);
  });

  it("writes markup characters as references the parser decodes back to the same text", () => {
    const { html } = asciiHtml(PAGE);
    expect(html).toContain("<title>Allies&#x2019; &#x201c;hybrid&#x201d; plan &#x2014; onrecord</title>");
    expect(html).toContain("title=\"Jens&#x2019;s page\"");
    expect(html).toContain("caf&#xe9;, &#x1f600;.</p>");
    const markup = (s: string) => s.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    expect(decodeRefs(markup(html))).toBe(markup(PAGE));
  });

  it("writes JSON-LD characters as \\u escapes with the same parsed value", () => {
    const jsonLd = (s: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(s)![1]!);
    const { html } = asciiHtml(PAGE);
    expect(html).toContain("\\u2019");
    expect(html).toContain("\\ud83d\\ude00"); // beyond U+FFFF: a surrogate pair
    expect(jsonLd(html)).toEqual(jsonLd(PAGE));
  });

  it("keeps Next.js's payload script the same JavaScript value", () => {
    const payload = (s: string) => JSON.parse(/self\.__next_f\.push\(([\s\S]*?)\)<\/script>/.exec(s)![1]!);
    const { html } = asciiHtml(PAGE);
    expect(payload(html)).toEqual(payload(PAGE));
    expect(payload(html)[1]).toContain("Allies’ plan 😀");
  });

  it("leaves React's comments, script sources and the rest of the markup byte for byte", () => {
    const { html } = asciiHtml(PAGE);
    expect(html.startsWith("<!DOCTYPE html><html lang=\"en\"><head><meta charSet=\"utf-8\"/>")).toBe(true);
    expect(html).toContain("<script src=\"/_next/static/chunks/a.js\" async=\"\"></script>");
    expect(html).toContain("<!--$--><main><h1>Allies&#x2019; plan</h1>");
    expect(html.endsWith("</main></body></html>")).toBe(true);
  });

  it.each([
    ["a comment", "<p>a’</p><!-- note’ -->"],
    ["a style element", "<style>q::before{content:\"“\"}</style><p>a’</p>"],
    ["a script other than JSON or a Next.js payload", "<script>var s=\"’\"</script>"],
    ["a script other than JSON or a Next.js payload", "<script>self.__next_f.push([1,\"a\"]);var ’=1</script>"],
    ["a JSON script that does not parse", "<script type=\"application/ld+json\">{\"a\":’}</script>"],
    ["a tag outside its quoted attribute values", "<p data-é=\"x\">a</p>"],
    ["a <script> tag's attributes", "<script src=\"/é.js\"></script><p>’</p>"],
  ])("returns the page unchanged when a character is in %s", (reason, html) => {
    expect(asciiHtml(html)).toEqual({ html, changed: false, unsafe: reason });
  });

  it("escapes a style-free, script-free fragment whole", () => {
    expect(asciiHtml("<p class=\"x\">“a” — b</p>").html).toBe("<p class=\"x\">&#x201c;a&#x201d; &#x2014; b</p>");
  });
});

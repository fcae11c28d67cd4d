/**
 * Rewrites a prerendered page so that every character outside ASCII is
 * written as an escape: `&#x2019;` in markup, `\u2019` inside the inline
 * JSON of scripts. The browser decodes both to the same DOM and the same
 * script values, so the page reads, hydrates and indexes exactly as before.
 *
 * Why: `next start` holds a cached page as a JavaScript string and, on every
 * request, measures it, joins it to the headers and encodes it to UTF-8. A
 * single ’ or “ makes V8 store all of it as a two-byte string, and each of
 * those steps then walks it on a slow path. A pure-ASCII page stays a
 * one-byte string and is sent on the fast path (measured in
 * docs/performance.md: a quarter to a third less server CPU per article request).
 *
 * Only what can be escaped without changing meaning is rewritten: markup
 * text and quoted attribute values, JSON-LD, and Next.js's
 * `self.__next_f.push(<json>)` payload scripts. A page with a character
 * outside ASCII anywhere else (a comment, a style element, another script,
 * a tag's name) is returned unchanged, with the reason.
 */

/** `unsafe` says why a page that is not pure ASCII was left unchanged. */
export type AsciiHtml = { html: string; changed: boolean; unsafe?: string };

// Without the `u` flag: V8 scans a two-byte string several times faster, and only markup needs whole code points.
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_CODE_UNITS = /[^\x00-\x7f]/g;
const NON_ASCII_CODE_POINTS = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;

/** `&#x2019;`: a character reference, decoded in text, in attribute values and in RCDATA (title, textarea). */
const charRef = (ch: string) => `&#x${ch.codePointAt(0)!.toString(16)};`;

/** `\u2019`, or a surrogate pair for characters beyond U+FFFF: valid inside a JSON or JavaScript string. */
const jsEscape = (ch: string) => {
  let out = "";
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
};

const escapeMarkup = (s: string) => s.replace(NON_ASCII_CODE_POINTS, charRef);
const escapeJson = (s: string) => s.replace(NON_ASCII_CODE_UNITS, jsEscape);

/** JSON text can hold non-ASCII only inside strings, so escaping it there is exact once the text parses. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const FLIGHT = /^\s*self\.__next_f\.push\(([\s\S]*)\)\s*;?\s*$/;

/** The escaped body of an inline script, or why it cannot be escaped. */
function escapeScript(openTag: string, body: string): { body: string } | { unsafe: string } {
  if (!NON_ASCII.test(body)) return { body };
  if (/\btype=["']?application\/(ld\+)?json\b/i.test(openTag)) {
    return isJson(body) ? { body: escapeJson(body) } : { unsafe: "a JSON script that does not parse" };
  }
  const flight = FLIGHT.exec(body);
  if (flight && isJson(flight[1] ?? "")) return { body: escapeJson(body) };
  return { unsafe: "a script other than JSON or a Next.js payload" };
}

/** Markup between raw-text elements: text, tags and comments. */
function escapeMarkupRun(run: string): { html: string } | { unsafe: string } {
  if (!NON_ASCII.test(run)) return { html: run };
  // React writes every attribute value in double quotes, with `"` and `>` inside it escaped.
  for (const [piece] of run.matchAll(/<!--[\s\S]*?-->|<[a-zA-Z][^>]*>/g)) {
    if (!NON_ASCII.test(piece)) continue;
    if (piece.startsWith("<!--")) return { unsafe: "a comment" };
    if (NON_ASCII.test(piece.replace(/"[^"]*"/g, ""))) return { unsafe: "a tag outside its quoted attribute values" };
  }
  // What is left outside ASCII is text or a quoted attribute value, where a character reference means the same.
  return { html: escapeMarkup(run) };
}

const RAW_TEXT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

export function asciiHtml(html: string): AsciiHtml {
  if (!NON_ASCII.test(html)) return { html, changed: false };
  const unchanged = (unsafe: string): AsciiHtml => ({ html, changed: false, unsafe });
  let out = "";
  let last = 0;
  for (const m of html.matchAll(RAW_TEXT)) {
    const [whole, name = "", attrs = "", body = ""] = m;
    const before = escapeMarkupRun(html.slice(last, m.index));
    if ("unsafe" in before) return unchanged(before.unsafe);
    const openTag = `<${name}${attrs}>`;
    if (NON_ASCII.test(openTag)) return unchanged(`a <${name}> tag's attributes`);
    let escapedBody = body;
    if (name.toLowerCase() === "style") {
      if (NON_ASCII.test(body)) return unchanged("a style element");
    } else {
      const script = escapeScript(openTag, body);
      if ("unsafe" in script) return unchanged(script.unsafe);
      escapedBody = script.body;
    }
    out += before.html + openTag + escapedBody + whole.slice(openTag.length + body.length);
    last = m.index + whole.length;
  }
  const rest = escapeMarkupRun(html.slice(last));
  if ("unsafe" in rest) return unchanged(rest.unsafe);
  return { html: out + rest.html, changed: true };
}

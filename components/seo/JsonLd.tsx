import { type JsonLdNode, serializeJsonLd } from "@/lib/seo/json-ld";

/**
 * Structured data for search engines. The one place content goes into a
 * script element: `serializeJsonLd` escapes every `<`, so no text can close it.
 */
export function JsonLd({ data }: { data: JsonLdNode }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

import { writeFixtureArticle } from "./server-env";

/**
 * Hostile text, as a test fixture rather than a story on the site: a headline,
 * quotations and a bidi override that would run as code, or reverse the words
 * around them, if any part of the page, its JSON-LD, its share page or its card
 * treated content as markup. A test writes it into the server's copy of the
 * content and reads it through preview (a file is live only once published);
 * e2e/publish.spec.ts publishes it on a server of its own to check its quote
 * page and card.
 */
export const HOSTILE = "</script><script>alert(1)</script>";

export function hostileArticle(slug: string) {
  return {
    slug,
    status: "published",
    demo: true,
    section: "Local",
    headline: `Port Valden council website defaced: planning pages showed “${HOSTILE}”`,
    standfirst: "Visitors found raw code, a fake notice about harbour rates and a program disguised as a PDF.",
    byline: "By Demo Desk",
    publishedAt: "2025-05-20T08:00:00Z",
    topics: ["hybrid-threats", "civil-defence"],
    speakers: [
      { id: "mira-castellan", role: "Head of digital services, Port Valden Council" },
      { id: "tessaline-compact", role: "Council statement" },
    ],
    body: BODY,
  };
}

/** Writes the fixture for one test (a slug of its own per project) and gives back its slug, preview link and a clean-up. */
export function writeHostileArticle(suffix: string): ReturnType<typeof writeFixtureArticle> {
  const slug = `hostile-fixture-${suffix}`;
  return writeFixtureArticle(slug, hostileArticle(slug));
}

// The story's text, as it stood on the site before it became a fixture.
const BODY = [
  {
    "type": "paragraph",
    "children": [
      "Port Valden’s council took its website offline on Tuesday after visitors to the planning pages found them covered in lines of code, among them the string </script><script>alert(1)</script>, along with a fake notice about unpaid harbour rates."
    ]
  },
  {
    "type": "paragraph",
    "children": [
      {
        "type": "quote",
        "id": "q-typed-into-the-comments-box",
        "speaker": "mira-castellan",
        "children": [
          "Someone typed </script><script>alert(1)</script> into the comments box on a planning application, and our old system printed it straight back onto the page,"
        ]
      },
      " said Mira Castellan, the council’s head of digital services."
    ]
  },
  {
    "type": "paragraph",
    "children": [
      "Castellan said the attackers had first checked whether the page would run their code, then used the same gap to post the fake notice. ",
      {
        "type": "quote",
        "id": "q-visitors-words-as-instructions",
        "speaker": "mira-castellan",
        "children": [
          "The test string is harmless on its own. What matters is that the page treated a visitor’s words as its own instructions."
        ]
      }
    ]
  },
  {
    "type": "heading",
    "level": 2,
    "children": [
      "A notice that looked right"
    ]
  },
  {
    "type": "paragraph",
    "children": [
      "Residents who copied the notice into emails found it full of markup such as &amp;lt;b&amp;gt;, because the defacers had encoded their text twice. It asked for payment through portvalden​.example, an address that looks exactly like the council’s own: an invisible zero-width space sends it somewhere else."
    ]
  },
  {
    "type": "paragraph",
    "children": [
      "A download link on the notice pointed to a file called rates-notice‮fdp.exe"
    ]
  },
  {
    "type": "paragraph",
    "children": [
      "A hidden right-to-left character in that name makes it appear to end in “.pdf”, although the file is a program. The council asked anyone who opened it to contact its help desk."
    ]
  },
  {
    "type": "blockquote",
    "id": "q-no-personal-data",
    "speaker": "tessaline-compact",
    "children": [
      "No personal data was accessed. The planning pages will return once every form on the site has been checked, and the comments box will stay closed until then."
    ]
  }
];

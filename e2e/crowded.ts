import { writeFixtureArticle } from "./server-env";

/**
 * A crowded story, as a test fixture: nine speakers, more than the speaker key
 * shows at once on a laptop screen, so the key has to fold the rest under
 * "N more". Every speaker and every word they say is fictional (the demo
 * people in content/people). A test writes it into the server's copy of the
 * content as a draft and reads it through preview, as e2e/hostile.ts does.
 */
export const CROWDED_SPEAKERS = [
  { id: "oren-vasquell", name: "Oren Vasquell", role: "Secretary-General of the Tessaline Compact" },
  { id: "ilse-marrant", name: "Ilse Marrant", role: "Defence minister of Keldoria" },
  { id: "keldorian-coast-guard", name: "Keldorian Coast Guard", role: "Statement from its operations centre in Port Valden" },
  { id: "tobias-quell", name: "Tobias Quell", role: "Harbour master, Port Valden" },
  { id: "mira-castellan", name: "Mira Castellan", role: "Director of the Ruvenian Civil Defence Agency" },
  { id: "piet-lorrimer", name: "Piet Lorrimer", role: "Mayor of Fennick Bay" },
  { id: "anneke-dravin", name: "Anneke Dravin", role: "Head of Ruvenia’s National Cyber Centre" },
  { id: "skarel-subsea", name: "Skarel Subsea Networks", role: "Operator of the Corvane–Port Valden cable" },
  { id: "tessaline-compact", name: "Tessaline Compact", role: "Joint statement of its six member states" },
] as const;

const SAID: Record<(typeof CROWDED_SPEAKERS)[number]["id"], string> = {
  "oren-vasquell": "Six coastal states rehearsed the same storm on the same night, and for the first time they heard each other on one channel.",
  "ilse-marrant": "We found the gaps we hoped to find, in a drill rather than in a real gale.",
  "keldorian-coast-guard": "All eleven vessels taking part reported their positions within four minutes of the first alert.",
  "tobias-quell": "The harbour closed in nineteen minutes, which is faster than last year and still slower than I want.",
  "mira-castellan": "Every siren in the district sounded, and two of the text alerts went out late; we know why and it is fixed.",
  "piet-lorrimer": "People in Fennick Bay knew where to go, and most of them went there without being asked twice.",
  "anneke-dravin": "Nobody tried to spoof the alerts this time, but we ran the drill as if someone would.",
  "skarel-subsea": "The cable carried the drill’s traffic without a fault, and the spare landing station was switched in as planned.",
  "tessaline-compact": "The member states will repeat the exercise each autumn and publish what it finds.",
};

export function crowdedArticle(slug: string) {
  return {
    slug,
    status: "draft",
    demo: true,
    section: "Local",
    headline: "Nine voices on one night: how six coastal states rehearsed the same storm",
    standfirst: "A drill across the Tessaline Compact closed harbours, sounded sirens and tested the alerts that failed in spring.",
    byline: "By Demo Desk",
    publishedAt: "2025-10-02T07:00:00Z",
    topics: ["civil-defence"],
    speakers: CROWDED_SPEAKERS.map(({ id, role }) => ({ id, role })),
    body: CROWDED_SPEAKERS.flatMap(({ id, name }, i) => [
      {
        type: "paragraph",
        children: [
          `${name} spoke as the drill ended on the ${["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"][i]} night of the exercise. `,
          { type: "quote", id: `q-crowded-${i + 1}`, speaker: id, children: [SAID[id]] },
        ],
      },
      {
        type: "paragraph",
        children: [
          "Observers from each member state followed the exercise from the joint centre, comparing the times at which warnings were sent, received and acted upon, and noting where a message had to be repeated before anyone moved.",
        ],
      },
    ]),
  };
}

/** Writes the fixture for one test (a slug of its own per project) and gives back its slug, its preview URL and a clean-up. */
export function writeCrowdedArticle(suffix: string): ReturnType<typeof writeFixtureArticle> {
  const slug = `crowded-fixture-${suffix}`;
  return writeFixtureArticle(slug, crowdedArticle(slug));
}

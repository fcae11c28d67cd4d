import { SpeakerIndex } from "@/components/people/SpeakerIndex";
import { PageHeader } from "@/components/ui/Labels";
import { getSite } from "@/lib/site/get-site";
import { plural } from "@/lib/format/text";
import { pageMetadata } from "@/lib/seo/metadata";
import { PEOPLE_PATH } from "@/lib/paths";
import { SITE_TAG } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

export const metadata = pageMetadata({
  title: "Who’s on record",
  description: "Every person and organisation quoted on onrecord, with what they said and where.",
  path: PEOPLE_PATH,
});

export default async function PeopleIndexPage() {
  const site = getSite();
  await tagRender([SITE_TAG]);
  const { standings } = site;
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <PageHeader
        kicker="People and organisations"
        title="Who’s on record"
        description="Everyone quoted in our stories, most quoted first. Each page gathers what they said, with a link to each quote in context."
        meta={plural(standings.length, "speaker")}
      />
      <SpeakerIndex standings={standings} people={site.people} />
    </div>
  );
}

/**
 * The word lists the rules use. Kept in one place so a new reporting verb or
 * title is one line, and so docs/ingest.md can point at them.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Finite verbs that introduce or tag a quotation ("said", "told", "added", "wrote", …). */
export const SPEECH_VERBS = set(`
  said says say told tells added adds wrote writes asked asks warned warns claimed claims insisted insists
  explained explains stated states declared declares replied replies answered answers continued continues
  began begins concluded concludes confirmed confirms admitted admits argued argues noted notes observed
  remarked remarks commented comments announced announces urged urges pleaded pleads vowed vows promised promises
  stressed stresses insisted maintained maintains recalled recalls revealed reveals acknowledged acknowledges
  agreed agrees disagreed suggested suggests predicted predicts described describes called calls branded brands
  dubbed slammed slams blasted blasts hailed hails labelled labeled condemned condemns criticised criticized
  accused accuses ordered orders yelled yells shouted shouts screamed screams whispered whispers joked jokes
  tweeted tweets posted posts messaged texted emailed read reads quipped quips boasted boasts complained complains
  lamented laments conceded concedes countered counters responded responds reiterated reiterates emphasised
  emphasized emphasises emphasizes pointed mused muses cautioned cautions demanded demands protested protests
  sobbed cried cries exclaimed sighed thundered fumed raged gushed admitted reported reports testified testifies
  mentioned mentions announced indicated indicates alleged alleges charged identifies identified
  say tell write ask warn shout yell scream insist claim describe reply add
  saying asking shouting yelling screaming repeating muttering whispering
`);

/** Nouns for written or spoken texts whose author is the speaker ("the statement read", "a leaked memo"). */
export const DOCUMENT_NOUNS = set(`
  statement statements communique communiqué memo memorandum letter letters note report email e-mail post tweet
  message notice announcement release declaration document briefing filing website blog op-ed column speech
  remarks comments testimony submission petition manifesto bulletin leaflet circular guidance advice warning warnings alert alerts
  reply replies answer response text texts card caption
`);

/** Titles and honorifics: part of how a person is addressed, never part of the speaker's name. */
export const TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron Rev Rev. Reverend
  Canon Father Fr Brig Brig. Gen Gen. General Col Col. Colonel Capt Capt. Captain Maj Maj. Major Lt Lt. Lieutenant
  Sgt Sgt. Sergeant Cpl Corporal Admiral Adm Commander Cdr Judge Justice Cllr Councillor Senator Sen Sen. Rep Rep.
  Gov Gov. Governor President King Queen Prince Princess Pope Archbishop Bishop Rabbi Imam Sheikh Chancellor
  Inspector Detective Constable Superintendent Chief Officer Marshal Ambassador Mayor Secretary-General Secretary
  Minister Premier Speaker Chairman Chairwoman Chair Director Coach Manager Prosecutor Deputy Vice Acting Dame
  Emperor Empress Duke Duchess Count Countess Earl St Saint Cardinal Deacon Pastor Brother Sister Doctor
  Executive Founder Spokesman Spokeswoman Spokesperson Editor Head Leader Commissioner Sheriff Coroner Dean Principal
`);

/** Titles that tell a person's sex, for matching he/she. */
export const MALE_TITLES = set("Mr Mr. Sir Lord Baron King Prince Duke Earl Father Fr Brother Emperor Count");
export const FEMALE_TITLES = set("Mrs Mrs. Ms Ms. Miss Dame Lady Baroness Queen Princess Duchess Countess Sister Empress");
export const MALE_NOUNS = set("father dad husband son boyfriend brother man boy grandfather grandad granddad uncle nephew king prince sir gentleman widower fiance");
export const FEMALE_NOUNS = set("mother mum mom wife daughter girlfriend sister woman girl grandmother gran granny nan aunt niece queen princess lady widow fiancee actress");

/** Words of an organisation's name ("… Hospital", "… Trust", "… Securities"). */
export const ORG_WORDS = set(`
  Hospital Hospitals Trust Council Court University College School Institute Bank Securities Capital News Gazette
  Ledger Times Post Herald Journal Telegraph Mail Express Tribune Chronicle Review Party Government Ministry
  Department Agency Union Association Company Corporation Corp Inc Ltd Limited plc PLC LLC Group Network Networks
  Services Police Army Navy Force Forces Commission Committee Office Authority Federation Foundation Society Club
  FC Airlines Airways Motors Bureau Board Assembly Parliament Senate Congress Commons Alliance Organisation
  Organization Industries Holdings Partners Media Broadcasting Studios Records Labs Laboratories Systems
  Technologies Circuits Council Compact Coalition Movement Front Brigade Brigades Institute Centre Center NHS
  BBC CNN Reuters Fund Appeal Memorial Charity Barbarians United City Rovers Athletic Semiconductor
  Semiconductors Energy Pharma Pharmaceuticals Foods Electric Steel Mining Oil Gas Petroleum Telecom
  Communications Software Solutions Logistics Shipping Ferries Railways Rail Insurance Finance Financial
  Investments Resources Construction Properties Homes Retail Stores Brewery Therapeutics Biotech Robotics
  Aerospace Defence Dynamics Works Enterprises Trading Research Analytics Consulting Bancorp Markets
  Service Institution Inspectorate Brewery Breweries Terminal Terminals Guild Friends Museum Museums Gallery
  Library Theatre Orchestra Academy Lifeboat Coastguard Rescue Ambulance Brigade Constabulary Prison Tribunal
  Inquiry Panel Forum Council Parish Borough Agency Airport Railway Ferries Lines Cooperative
  Collective Campaign Aid Relief Charities Democrats Socialists Conservatives Liberals Greens
  Labour Alliance Institute Observatory Laboratory Clinic Partnership Consortium Federation
  Sport Sports Studio Press Publishing Publishers Books Bakery Farms Dairy Hotel Hotels Cinema Cinemas
`);

/** News outlets: the paper reporting the story is told things, it never authors a memo. */
export const MEDIA_WORDS = set("News Gazette Ledger Times Post Herald Journal Telegraph Mail Express Tribune Chronicle Review BBC CNN Reuters Press Radio TV Television Magazine");

/** Common nouns for organisations: "the company said" is the story's main company, "the union" a union named before. */
export const ORG_NOUNS = set(`
  company firm group organisation organization alliance government ministry council trust hospital university
  authority service institution inspectorate association society guild museum brewery
  school agency department union party club bank business operator airline charity authority police force army
  campaign coalition network retailer chain manufacturer broadcaster regulator board committee commission team
  league federation bloc administration cabinet embassy guild institute
`);

/** Nouns for a person by role or description ("the skipper", "the crooner", "the 58-year-old"). */
/** Organisation nouns that any kind of organisation may be called ("the company", "the firm"). */
export const GENERIC_ORG_NOUNS = set("company firm group business operator organisation organization manufacturer retailer chain carmaker airline maker producer provider supplier developer");

export const PERSON_NOUNS = set(`
  man woman boy girl mother father mum dad mom wife husband son daughter boyfriend girlfriend brother sister
  grandmother grandfather gran granny grandad nan aunt uncle cousin nephew niece widow widower fiance fiancee
  partner friend neighbour neighbor resident local driver pilot passenger traveller traveler tourist witness
  victim survivor patient doctor nurse surgeon paramedic medic teacher pupil student librarian scientist
  researcher astronomer professor expert analyst economist lawyer barrister solicitor prosecutor judge
  defendant accused suspect officer detective spokesman spokeswoman spokesperson source insider official
  aide adviser advisor minister secretary leader chief boss president chairman chairwoman chair director
  executive founder owner manager worker employee staffer colleague player striker captain coach skipper
  manager veteran politician mp senator mayor governor candidate campaigner activist protester author writer
  journalist reporter presenter host star actor actress singer performer rapper musician hitmaker a-lister
  model celebrity comedian artist designer chef farmer fisherman soldier general colonel commander militant
  fighter rebel spokesperson lecturer headteacher headmaster headmistress principal priest vicar bishop
  chaplain pensioner gran mum-of-two dad-of-two father-of-two mother-of-two teenager youngster child
  grandmother-of-two engineer surveyor builder owner landlord tenant shopkeeper customer shopper fan
  supporter voter member mep councillor sheriff ranger guard inmate prisoner relative sibling carer
`);

/** Words that start a leading adverbial or subordinate clause; the subject comes after its comma. */
export const CLAUSE_OPENERS = set(`
  As When While After Before Since Although Though If Because Until Unless Despite In On At For During Following
  Addressing Discussing Speaking Asked Earlier Later Meanwhile However Yesterday Today Tonight Last This Then
  Separately Elsewhere Overall Instead Still Now Once With Without Under Over From By According Amid Among
  Upon Within Like Unlike Having Writing Responding Commenting Reacting Asked Interviewed Instead Hours Days
  Minutes Weeks Months Years Moments Shortly Soon Afterwards Outside Inside
`);

/** A word that ends a subordinate clause's hold on a speech verb: "apologised when crews were left 'stranded'". */
export const SUBORDINATORS = set("after before when while following because since although though until unless despite whereas");

/** Auxiliaries and very common verbs that end a subject noun phrase. */
export const NON_SPEECH_VERBS = set(`
  is are was were be been being am has have had having do does did will would shall should can could may might
  must went go goes came come comes got get gets made make makes took take takes gave give gives turned turns
  spent spends looked looks seemed seems became become becomes kept keeps left leaves put puts set sets ran runs
  saw see sees felt feel feels found finds showed shows thought thinks believes believed knew knows wanted wants
  tried tries appeared appears remains remained faces faced launched launches apologised apologized brushed
  lives lived died dies played plays ignored ignores fell falls rose rises ended ends expects expected anticipates
  follows followed arrives arrived monitors opposes raised raises spotted think anticipate matched matches
  posted stepped walked banged hacked charged poked cut cuts hit hits struck
  spoke met held led sat stood fled flew drove threw wore grew drew won lost sent spent paid heard brought
  bought fought sought broke chose froze swore sang rang sank swam ate quit rode hid bit shook woke
`);

/** Adverbs that may sit between a subject and its verb ("Penhal next turned", "The singer later posted"). */
export const ADVERBS = set(`
  later next then also previously earlier recently yesterday today now always never often still already just
  once again further subsequently initially first finally only even simply directly publicly privately
  separately repeatedly quickly angrily tearfully calmly firmly flatly bluntly candidly
`);

export const PRONOUNS: Readonly<Record<string, "male" | "female" | "plural" | "neuter" | "self">> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "neuter",
  we: "plural",
  i: "self",
};

/** Words that stand for nobody in particular ("Nobody came", "Everything is electric now"): never a speaker. */
export const INDEFINITE_PRONOUNS = set("nobody nothing everybody everyone everything somebody someone something anybody anyone anything none noone");

/** Verbs of negated or hypothetical wording: "never wrote 'X'" quotes words that were not used. */
export const NEGATED_SPEECH = /\b(?:didn['’]t|did not|never|not|without|instead of)\s+(?:\w+\s+){0,2}(?:mention|mentioned|say|said|use|used|write|wrote|call|called|saying|using|mentioning)\s*$/iu;

/** Labels rather than words spoken: "known as 'X'", "dubbed 'X'", ratings "from 'neutral' to 'buy'". */
export const LABEL_BEFORE = /\b(?:so-called|known(?:\s+[\p{L}]+){0,3}\s+as|dubbed|nicknamed|titled|entitled|named|code-?named|labelled|labeled|marked|rated|rating of|rating to|ratings? from|the word|the term|the phrase|the slogan|the hashtag|the motto|the name|the title|the song|the album|the film|the movie|the book|the novel|the show|the series|the programme|the program|the play|the single|the track|the musical)\s*$/iu;

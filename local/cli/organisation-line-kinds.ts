// `npx tsx local/cli/organisation-line-kinds.ts`: a made-up list of business lines of the organisation kinds of
// stop 23 (a government agency's four-letter initialism, a national association's, broadcaster's or charity's
// initialism that one source alone wrote at stop 22, a web-address line WWW-<brand>) and programming terms that
// must stay off such lines; prints where each line ranks and the top-five share per kind. Written from general
// knowledge before the rules it measures (see docs/engine-history.md, "Stop 23: organisations' initialisms"); no
// advertised number is among them.
import { printRanksByKind } from '../eval/made-up-lines';
import { ORGANISATION_LINES } from '../eval/organisation-lines';

const byKind = printRanksByKind(ORGANISATION_LINES, (kind, printed, prefix) => `${kind.padEnd(9)} +${prefix} ${printed.padEnd(11)}`);
for (const [kind, tally] of byKind) console.log(`${kind}: ${tally.hits}/${tally.total} in the top five (first ${tally.first})${kind === 'technical' ? ': each one offered is noise' : ''}`);

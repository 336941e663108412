import { describe, expect, it } from 'vitest';
import { ORGANISATION_LINES, lineRank } from '../../../local/cli/organisation-line-kinds';

/** The made-up lines of one kind (see organisation-line-kinds.ts), as [printed, prefix]. */
const linesOf = (kind: string, printed: readonly string[]): [string, string][] =>
  ORGANISATION_LINES.filter(([lineKind, line]) => lineKind === kind && printed.includes(line)).map(([, line, prefix]) => [line, prefix]);

describe('made-up business lines of well-known bodies (stop 23)', () => {
  it.each(linesOf('agency', ['USCG-411', 'ASK-USCG', 'OSHA-411', 'RCMP-411', 'USMC-411']))(
    "%s (+%s): a government agency's four-letter initialism is among the five",
    (printed, prefix) => {
      expect(lineRank(printed, prefix).rank).toBeGreaterThanOrEqual(0);
    },
  );

  it.each(linesOf('technical', ['PHP-HELP', 'CSS-INFO', 'HTML-411', 'SQL-HELP']))('%s (+%s): a term of computing names no line', (printed, prefix) => {
    expect(lineRank(printed, prefix).rank).toBe(-1);
  });
});

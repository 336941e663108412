import { letterToDigit } from './keypad';

/**
 * How a generated word index is written. One line per digit key, "word zipf*100tags ...", lines in key
 * order and joined by LINE_SEPARATOR; every word on a line dials the key (a cut word such as abgesag+t
 * dials the letters before its +), so the key itself is not written: the dictionary computes it.
 *
 * Not a newline, on purpose: the Lambda's bundler (esbuild, minifying) turns a string that holds
 * newlines into a template literal, which V8 scans about a third slower than a plain string literal (it
 * keeps a raw and a cooked copy), and the word data is most of what a cold start parses. The generated
 * source stays readable and diffable as a sum of short string literals, which esbuild joins into one.
 */
export const LINE_SEPARATOR = ';';

/** An index's lines. */
export function indexLines(text: string): string[] {
  return text.split(LINE_SEPARATOR);
}

/** Lines per string literal in the generated source: short enough to diff, few enough for the type checker. */
const LINES_PER_LITERAL = 200;

/** The TypeScript expression of an index's text: string literals of LINES_PER_LITERAL lines, joined by +. */
export function renderIndexLiteral(lines: readonly string[], indent: string): string {
  const literals: string[] = [];
  for (let start = 0; start < lines.length; start += LINES_PER_LITERAL) {
    const last = start + LINES_PER_LITERAL >= lines.length;
    const chunk = lines.slice(start, start + LINES_PER_LITERAL).join(LINE_SEPARATOR) + (last ? '' : LINE_SEPARATOR);
    literals.push(JSON.stringify(chunk));
  }
  return literals.length === 0 ? '""' : literals.join(` +\n${indent}`);
}

/** An index's lines with their digit key put back in front ("3569377 flowers 455n ..."), for tests and tools. */
export function keyedLines(words: string): string[] {
  return indexLines(words).map((line) => {
    // The key is what the first word dials; a cut word (abgesag+t) dials only the letters before its +.
    let key = '';
    for (let i = 0; i < line.length; i++) {
      const digit = letterToDigit(line[i] ?? '');
      if (digit === undefined) break;
      key += digit;
    }
    return `${key} ${line}`;
  });
}

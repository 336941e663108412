const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * What a listener hears from SSML, as plain text: pauses as commas, sentences (<s>) ended with a full
 * stop, other tags dropped, entities decoded.
 */
export function ssmlToPlainText(ssml: string): string {
  return ssml
    .replace(/<break\b[^>]*\/?>/g, ', ')
    .replace(/<\/s>/g, '. ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,:;!?])/g, '$1')
    // A pause or sentence end right after punctuation adds nothing a reader needs ("from.," -> "from.").
    .replace(/([.,:;!?])(?:[.,](?=\s|$))+/g, '$1')
    .replace(/^[\s.,]+|[\s,]+$/g, '');
}

/**
 * Why Polly would reject this SSML, or undefined when it is acceptable: Connect needs a <speak>
 * root, and a raw `&` or `<` from an interpolated value breaks the document.
 */
export function ssmlProblem(ssml: string): string | undefined {
  const trimmed = ssml.trim();
  if (!trimmed.startsWith('<speak>') || !trimmed.endsWith('</speak>')) return 'SSML must be wrapped in <speak>…</speak>';
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(trimmed)) return 'SSML contains an unescaped "&"';
  const open: string[] = [];
  for (const tag of trimmed.matchAll(/<(\/?)([A-Za-z:-]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = tag;
    if (selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return `SSML has a mismatched </${name}>`;
  }
  return open.length ? `SSML leaves <${open.join('>, <')}> open` : undefined;
}

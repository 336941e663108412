import { explainVanityNumber } from '@/amplify/engine/explain';

/** One vanity number taken apart: each word with the digits it dials, and the digits kept as dialled. */
export function VanityExplanation({ text, rank, spoken }: { text: string; rank: number; spoken: boolean }) {
  const parts = explainVanityNumber(text);
  const words = parts.filter((p) => p.isWord).map((p) => p.text);
  return (
    <li className={spoken ? 'explain explain--spoken' : 'explain'} data-testid="vanity-explanation">
      <div className="explain__head">
        <span className="explain__rank">#{rank}</span>
        <span className="explain__text">{text}</span>
        {spoken ? <span className="vanity__tag">spoken to the caller</span> : null}
      </div>
      <ol className="explain__parts" aria-label={`Parts of ${text}`}>
        {parts.map((part, index) => (
          <li key={`${index}-${part.text}`} className={part.isWord ? 'part part--word' : 'part'}>
            <span className="part__text">{part.text}</span>
            <span className="part__digits">
              <span className="visually-hidden">{part.isWord ? ' dials ' : ' kept '}</span>
              {part.isWord ? part.digits : 'as dialled'}
            </span>
          </li>
        ))}
      </ol>
      <p className="explain__words">
        {words.length === 0 ? 'No words: the number is kept as digits.' : `Words: ${words.join(', ')}.`}
      </p>
    </li>
  );
}

/** The ranked vanity numbers, with the ones the flow spoke to the caller marked. */
export function VanityNumberList({ numbers, spokenCount }: { numbers: string[]; spokenCount: number }) {
  if (numbers.length === 0) return <span className="muted">No vanity numbers</span>;
  return (
    <ol className="vanity-list" aria-label="Vanity numbers, best first">
      {numbers.map((number, index) => {
        const spoken = index < spokenCount;
        return (
          <li key={`${index}-${number}`} className={spoken ? 'vanity vanity--spoken' : 'vanity'}>
            <span className="vanity__text">{number}</span>
            {spoken ? <span className="vanity__tag">spoken</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

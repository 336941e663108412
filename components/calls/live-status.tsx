/** Whether new calls are arriving live, said in words next to a coloured dot. */
export function LiveStatus({ error }: { error: string | null }) {
  return error === null ? (
    <span className="live live--on" role="status">
      <span className="live__dot" aria-hidden="true" /> Live
    </span>
  ) : (
    <span className="live live--off" role="alert">
      <span className="live__dot" aria-hidden="true" /> {error}
    </span>
  );
}

/** Says plainly that the dashboard has no backend to talk to, and how to give it one. */
export function OutputsMissing({ message }: { message: string }) {
  return (
    <section className="panel" role="alert" aria-labelledby="outputs-missing-title">
      <h1 id="outputs-missing-title">No backend configured</h1>
      <p>{message}</p>
    </section>
  );
}

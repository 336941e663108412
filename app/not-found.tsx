import Link from 'next/link';

/** An unknown address: say so and lead back to the calls. */
export default function NotFound() {
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        <Link href="/">Back to the latest calls</Link>
      </p>
    </section>
  );
}

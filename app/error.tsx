'use client';

import { Button } from '@aws-amplify/ui-react';

/** A page failed to render: say so and offer to try again without losing the session. */
export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong</h1>
      <p>{error.message || 'The page could not be shown.'}</p>
      <Button onClick={reset}>Try again</Button>
    </section>
  );
}

'use client';

import Link from 'next/link';
import { useState, useTransition, type FormEvent } from 'react';
import { Alert, Badge, Button, TextField } from '@aws-amplify/ui-react';
import { languageName } from '@/components/calls/call-language';
import { pickBrowserVoice } from './browser-voice';
import { placeTestCall } from './place-test-call';
import type { TestCallResult } from './test-call-result';

/** Reads the transcript aloud in a browser voice of the call's language (the browser's choice when it has none). */
function speak(lines: readonly string[], language: string): void {
  window.speechSynthesis.cancel();
  const voice = pickBrowserVoice(window.speechSynthesis.getVoices(), language);
  for (const line of lines) {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.lang = language;
    if (voice) utterance.voice = voice;
    window.speechSynthesis.speak(utterance);
  }
}

/** Places a simulated call through the local Amazon Connect and shows what the caller heard. */
export function TestCallPanel() {
  const [number, setNumber] = useState('+1 800 356 9377');
  const [result, setResult] = useState<TestCallResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const canSpeak = typeof window !== 'undefined' && 'speechSynthesis' in window;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const answer = await placeTestCall(number);
      if (answer.ok) {
        setResult(answer.result);
        setError(null);
      } else {
        setError(answer.message);
      }
    });
  };

  return (
    <section className="panel test-call" aria-labelledby="test-call-title">
      <div className="panel__head">
        <h2 id="test-call-title">Place a test call</h2>
        <Badge size="small" variation="warning">
          Local only
        </Badge>
      </div>
      <form onSubmit={submit} className="test-call__form">
        <TextField
          label="Call from"
          descriptiveText="Runs the contact flow on the local Amazon Connect; leave empty for a withheld number."
          inputMode="tel"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
        />
        <Button type="submit" variation="primary" isLoading={pending} loadingText="Calling…">
          Place call
        </Button>
      </form>
      {error === null ? null : (
        <Alert variation="error" className="inline-error">
          {error}
        </Alert>
      )}
      {result === null ? null : (
        <div className="test-call__result" aria-live="polite">
          <h3>What the caller heard</h3>
          <p className="muted" data-testid="test-call-language">
            Answered in {languageName(result.language.split('-')[0] ?? result.language)} ({result.language})
          </p>
          <ol className="transcript" data-testid="transcript">
            {result.transcript.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
          <p>
            <Link href={`/calls/${encodeURIComponent(result.contactId)}`}>Open call {result.contactId}</Link>
          </p>
          {canSpeak ? (
            <Button size="small" onClick={() => speak(result.transcript, result.language)}>
              Speak it
            </Button>
          ) : null}
        </div>
      )}
    </section>
  );
}

import path from 'node:path';
import type { OutputsFile } from './twin/outputs-file';
import { concurrencyFromEnv } from './twin/lambda/function-host';
import { portsFromEnv } from './twin/ports';
import { REPO_ROOT, startTwin, type Twin } from './twin/start-twin';

// The AWS SDK warns every process on Node 20 about its 2027 support window; keep other warnings.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!`${warning.name} ${warning.message}`.includes('NodeVersionSupportWarning')) console.warn(`${warning.name}: ${warning.message}`);
});

/** The reason start-up was abandoned: a stop signal arrived before the twin was ready. */
class StartInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
    this.name = 'StartInterrupted';
  }
}

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;

function outputsNote(file: OutputsFile | undefined): string {
  if (!file) return '';
  const written = path.relative(REPO_ROOT, file.file);
  if (!file.keptExisting) return `\n  Config             ${written}`;
  return `\n  Config             ${written}: amplify_outputs.json was left alone (${file.keptExisting});\n                     a separate \`npm run dev\` needs AMPLIFY_OUTPUTS=${written} to use the twin`;
}

/** Signals that end the twin: Ctrl-C, `kill`, and a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `npm start`: the whole product on this machine, from the synthesised cloud assembly. The signal
 * handlers come first, so a Ctrl-C during the synthesis or next dev's start-up stops what has
 * started (the synthesis child, servers, the dashboard's process group) and releases the lock.
 */
async function main(): Promise<void> {
  const starting = new AbortController();
  let twin: Twin | undefined;
  let firstSignalAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (firstSignalAt !== undefined) {
      // npm and tsx relay the terminal's Ctrl-C as well: only a later, deliberate one forces the exit.
      if (Date.now() - firstSignalAt < 2000) return;
      console.error(`\n${signal} again: exiting without waiting (the dashboard is ended on exit).`);
      process.exit(1);
    }
    firstSignalAt = Date.now();
    if (!twin) {
      console.log(`\n${signal}: stopping what has started…`);
      starting.abort(new StartInterrupted(signal));
      return;
    }
    console.log(`\n${signal}: stopping the twin…`);
    twin.stop().then(
      () => {
        console.log('Stopped (data kept in .local/data).');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Stopping failed:', error);
        process.exit(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);

  console.log('Starting the local twin (no AWS account needed; everything binds to 127.0.0.1)…');
  try {
    twin = await startTwin({
      ports: portsFromEnv(process.env),
      dataDir: path.join(REPO_ROOT, '.local', 'data'),
      withDashboard: process.env.FOUNDRY_NO_DASHBOARD !== '1',
      ...lambdaConcurrency(),
      writeOutputsFile: true,
      signal: starting.signal,
      log: (line) => console.log(`  ${elapsed()}  ${line}`),
    });
  } catch (error) {
    // The terminal's Ctrl-C also reaches the synthesis child, which may fail before the abort is seen.
    throw starting.signal.aborted ? starting.signal.reason : error;
  }
  const { endpoints, dashboardUser } = twin;
  console.log(`
Local twin ready in ${elapsed().trim()}:
  Dashboard          ${endpoints.dashboard ?? '(not started)'}
                     sign in as ${dashboardUser.email} / ${dashboardUser.password}
  GraphQL (AppSync)  ${endpoints.graphql}  (subscriptions: ${endpoints.graphql.replace('http', 'ws')}/realtime)
  Cognito, SSM, S3   ${endpoints.aws}
  Amazon Connect     ${endpoints.connect}  (POST /calls {"number": "+18003569377"})
  DynamoDB store     ${endpoints.store}  (data in .local/data, function logs in .local/data/logs)${outputsNote(twin.outputsFile)}

Place a call:  npm run call -- +18003569377
Load test:     npm run load -- --calls 1000
Local auth is not a security boundary: tokens are unsigned. Ctrl-C stops everything.`);
}

main().catch((error: unknown) => {
  if (error instanceof StartInterrupted) {
    console.log(`Stopped before it was ready (${error.signal}); nothing is left running. \`npm start\` again resumes.`);
    process.exit(130);
  }
  console.error(`\nThe local twin could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

function lambdaConcurrency(): { lambdaConcurrency?: number } {
  const concurrency = concurrencyFromEnv(process.env);
  return concurrency === undefined ? {} : { lambdaConcurrency: concurrency };
}

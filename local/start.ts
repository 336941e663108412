import path from 'node:path';
import type { OutputsFile } from './twin/outputs-file';
import { portsFromEnv } from './twin/ports';
import { REPO_ROOT, startTwin } from './twin/start-twin';

// The AWS SDK warns every process on Node 20 about its 2027 support window; keep other warnings.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!`${warning.name} ${warning.message}`.includes('NodeVersionSupportWarning')) console.warn(`${warning.name}: ${warning.message}`);
});

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;

function outputsNote(file: OutputsFile | undefined): string {
  if (!file) return '';
  const written = path.relative(REPO_ROOT, file.file);
  if (!file.keptExisting) return `\n  Config             ${written}`;
  return `\n  Config             ${written}: amplify_outputs.json was left alone (${file.keptExisting});\n                     a separate \`npm run dev\` needs AMPLIFY_OUTPUTS=${written} to use the twin`;
}

/** `npm start`: the whole product on this machine, from the synthesised cloud assembly. */
async function main(): Promise<void> {
  console.log('Starting the local twin (no AWS account needed; everything binds to 127.0.0.1)…');
  const twin = await startTwin({
    ports: portsFromEnv(process.env),
    dataDir: path.join(REPO_ROOT, '.local', 'data'),
    withDashboard: process.env.FOUNDRY_NO_DASHBOARD !== '1',
    writeOutputsFile: true,
    log: (line) => console.log(`  ${elapsed()}  ${line}`),
  });
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

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
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
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`\nThe local twin could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

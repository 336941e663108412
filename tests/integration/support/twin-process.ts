import { startTwin } from '../../../local/twin/start-twin';

/**
 * The twin in a process of its own, persisted in the directory given as the argument, so a test can
 * kill it with SIGKILL as a crash would and start it again on the same data. Prints `log <line>`
 * while starting and `ready <endpoints as JSON>` once it serves.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: twin-process.ts <data directory>');
const twin = await startTwin({
  ports: { appsync: 0, store: 0, aws: 0, connect: 0, dashboard: 0 },
  dataDir,
  synth: 'never',
  functionLog: () => undefined,
  log: (line) => process.stdout.write(`log ${line}\n`),
});
process.stdout.write(`ready ${JSON.stringify(twin.endpoints)}\n`);
process.once('SIGTERM', () => void twin.stop().then(() => process.exit(0)));

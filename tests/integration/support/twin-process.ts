// Runs a twin in a process of its own, persisted in the directory given as the first argument, so a
// test can kill it with SIGKILL (a crash) and start another on the same data.
import { startTwin } from '../../../local/twin/start-twin';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: twin-process.ts <data directory>');
const twin = await startTwin({ ports: { appsync: 0, store: 0, aws: 0, connect: 0 }, dataDir, functionLog: () => undefined });
console.log(JSON.stringify({ connect: twin.endpoints.connect }));
process.on('SIGTERM', () => void twin.stop().then(() => process.exit(0)));

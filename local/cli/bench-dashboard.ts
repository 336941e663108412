import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_SIZE } from '../../components/calls/use-call-feed';
import { chartSpans } from '../../components/chart/chart-spans';
import { chartWindow } from '../../components/chart/chart-window';
import { firstLoadJsKb, launch, signIn, waitForChart, waitForRows } from '../bench/dashboard-probe';
import { percentile } from '../bench/percentile';
import { FilterSampler } from '../bench/filter-samples';
import { storeTruth } from '../bench/store-truth';
import { seedCalls } from '../seed/seed-calls';
import { findSeedTables } from '../seed/seed-store';
import { portsFromEnv } from '../twin/ports';
import { REPO_ROOT, startTwin } from '../twin/start-twin';
import { storeClient } from '../twin/store';

const USAGE = 'usage: npm run bench:dashboard -- --calls N [--days D] [--json] [--skip-build]';
const NONE = { caller: '', word: '', outcome: '' as const, from: '', to: '' };
const LIVE_SAMPLES = 5;
/** The long list: 50 presses of "Load more" (1,020 rows). */
const LONG_LIST_PAGES = 50;
const SEED = 20_261_130;
const SAMPLE_CALLS = 20_000;

/** Runs the seed CLI against the twin's store; resolves with its summary line. */
function seedInChild(plan: { calls: number; days: number; now: Date; seed: number; storeUrl: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['tsx', 'local/cli/seed.ts', '--calls', String(plan.calls), '--days', String(plan.days), '--seed', String(plan.seed), '--now', plan.now.toISOString()];
    const child = spawn('npx', args, { cwd: REPO_ROOT, env: { ...process.env, FOUNDRY_STORE_URL: plan.storeUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`npm run seed exited with code ${code}: ${out.trim()}`))));
  });
}

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function whole(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, got "${raw}"\n${USAGE}`);
  return value;
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next start did not answer on ${url}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { calls: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' }, 'skip-build': { type: 'boolean' } }, strict: true });
  const calls = whole('calls', values.calls, 100_000);
  const days = whole('days', values.days, 30);
  const ports = portsFromEnv(process.env);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'foundry-bench-dashboard-'));
  let server: ChildProcess | undefined;
  // A fresh twin, its store on disk so a million calls need not fit in memory.
  // The dashboard's port is the one web origin the twin answers (next start serves it, not the twin).
  const port = Number(process.env.E2E_PORT ?? 0) || 21_720;
  const twin = await startTwin({ ports: { ...ports, dashboard: port }, dataDir: scratch, functionLog: () => undefined, log: (line) => log(`twin: ${line}`) });
  const client = storeClient(twin.endpoints.store);
  try {
    const tables = await findSeedTables(client);
    // The seed runs as `npm run seed` does, in its own process: the engine and the client on one core,
    // the twin's store on the other.
    const now = new Date();
    const seeding = performance.now();
    const seeded = await seedInChild({ calls, days, now, seed: SEED, storeUrl: twin.endpoints.store });
    const seedSeconds = (performance.now() - seeding) / 1000;
    log(`seed: ${seeded}`);
    // The same generator, same seed and time: its first calls are the seeded ones, enough to pick a busy word and caller.
    const sampler = new FilterSampler();
    let sampled = 0;
    for (const record of seedCalls({ calls, days, now, seed: SEED })) {
      sampler.see(record);
      if (++sampled >= SAMPLE_CALLS) break;
    }

    const outputsFile = path.join(scratch, 'amplify_outputs.json');
    writeFileSync(outputsFile, JSON.stringify(twin.outputs, null, 2));
    if (!values['skip-build']) {
      const build = spawnSync('npx', ['next', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      if (build.status !== 0) throw new Error(`next build failed with code ${build.status}`);
    }
    const baseUrl = `http://127.0.0.1:${port}`;
    server = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: REPO_ROOT,
      env: { ...process.env, AMPLIFY_OUTPUTS: outputsFile, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    await waitForServer(`${baseUrl}/`, server);

    const browser = await launch();
    try {
      const js = await firstLoadJsKb(browser, baseUrl, twin.dashboardUser);
      const context = await browser.newContext({ timezoneId: 'UTC' });
      const page = await context.newPage();
      let requests = 0;
      // Each GraphQL request's own time (sent to answered), so a press splits into the twin's query and the browser's work.
      const graphqlMs: number[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/graphql')) requests += 1;
      });
      page.on('requestfinished', (request) => {
        if (request.method() !== 'POST' || !request.url().includes('/graphql')) return;
        const timing = request.timing();
        if (timing.responseEnd > 0) graphqlMs.push(timing.responseEnd);
      });
      await signIn(page, baseUrl, twin.dashboardUser);
      const truth = storeTruth(client, tables);

      // First rows and the hourly chart, from a fresh navigation.
      requests = 0;
      const navigation = performance.now();
      await page.goto(`${baseUrl}/`);
      const first = await waitForRows(page);
      const hour = await waitForChart(page, 'hour');
      const firstLoadRequests = requests;
      const chartTruth = async (unit: 'hour' | 'day', reading: { from: string | null; to: string | null }) => {
        const now = new Date();
        const window = chartWindow(NONE, unit, now, 'UTC');
        const from = reading.from ? new Date(reading.from) : (chartSpans(window.from, window.to, unit, 'UTC')[0]?.start ?? window.from);
        const to = reading.to ? new Date(reading.to) : new Date(now.getTime() + 1);
        return truth.callsBetween(from, to);
      };
      const hourView = { ms: Math.round(hour.at - navigation), shown: hour.reading.shown, true: await chartTruth('hour', hour.reading) };

      let started = performance.now();
      await page.getByRole('button', { name: /per day/i }).or(page.getByRole('radio', { name: /per day/i })).first().click();
      const day = await waitForChart(page, 'day');
      const dayView = { ms: Math.round(day.at - started), shown: day.reading.shown, true: await chartTruth('day', day.reading) };

      const samples = sampler.samples();
      const filter = async (search: string, count: () => Promise<number>) => {
        started = performance.now();
        await page.goto(`${baseUrl}/${search}`);
        const rows = await waitForRows(page);
        return { ms: Math.round(rows.at - started), found: rows.rows, true: await count() };
      };
      const filters = {
        word: { ...(await filter(`?word=${encodeURIComponent(samples.word.toLowerCase())}`, () => truth.callsWithWord(samples.word))), value: samples.word },
        caller: { ...(await filter(`?caller=${encodeURIComponent(samples.caller)}`, () => truth.callsFrom(samples.caller))), value: samples.caller },
        outcome: { ...(await filter('?outcome=NO_WORDS', () => truth.callsWithOutcome('NO_WORDS'))), value: 'NO_WORDS' },
      };

      // A live call: from the moment AppSync saved it (its updatedAt) to its row in the list.
      const liveRows = async (samplesWanted: number, tag: string): Promise<number[]> => {
        const live: number[] = [];
        // A call whose save the function handed to the save queue (a slow moment) has no saved time to measure from.
        for (let i = 0; live.length < samplesWanted && i < samplesWanted * 3; i++) {
          const contactId = `bench-${tag}-${Date.now().toString(36)}-${i}`;
          // A string, not a function: tsx's name helpers do not exist in the page.
          const appeared = page.evaluate<number>(`new Promise((resolve) => {
            const selector = '[data-contact-id="${contactId}"]';
            const observer = new MutationObserver(() => {
              if (document.querySelector(selector) !== null) { observer.disconnect(); resolve(Date.now()); }
            });
            observer.observe(document.body, { childList: true, subtree: true });
          })`);
          const call = await twin.placeCall({ number: samples.caller, contactId });
          const savedAt = Date.parse(String(call.record?.updatedAt ?? call.record?.createdAt));
          if (Number.isNaN(savedAt)) {
            log(`live row ${contactId}: not saved while the call ran (${call.recordError ?? 'queued'}), not counted`);
            continue;
          }
          live.push((await appeared) - savedAt);
        }
        return live;
      };
      await page.goto(`${baseUrl}/`);
      await waitForRows(page);
      const live = await liveRows(LIVE_SAMPLES, 'live');

      // A long list: "Load more" pressed LONG_LIST_PAGES times (each press timed from the click to its
      // rows in the DOM), then live rows at that length.
      const presses: number[] = [];
      const pressQueries: number[] = [];
      const pressesInPage: number[] = [];
      const loadMore = page.getByRole('button', { name: 'Load more' });
      const rowCount = () => page.locator('[data-testid="call-row"]').count();
      for (let i = 0; i < LONG_LIST_PAGES && (await loadMore.isVisible()); i++) {
        const before = await rowCount();
        graphqlMs.length = 0;
        // Timed in the page too, from the click event to the frame after the new rows: what the supervisor waits,
        // without Playwright's own work (finding the button by role walks the whole DOM, and grows with it).
        await page.evaluate(`window.__press = new Promise((resolve) => {
          const list = document.querySelector('.call-list');
          let clickedAt = performance.now();
          document.addEventListener('click', () => { clickedAt = performance.now(); }, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (list.querySelectorAll('[data-testid="call-row"]').length <= ${before}) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
          });
          observer.observe(list, { childList: true, subtree: true });
        }); undefined`);
        const pressed = performance.now();
        await loadMore.click();
        await page.waitForFunction(`document.querySelectorAll('[data-testid="call-row"]').length > ${before}`, undefined, { timeout: 60_000 });
        presses.push(performance.now() - pressed);
        pressesInPage.push(await page.evaluate<number>('window.__press'));
        pressQueries.push(graphqlMs.reduce((sum, ms) => sum + ms, 0));
      }
      const longLive = await liveRows(LIVE_SAMPLES, 'long');
      const median = (values: number[]) => (values.length ? Math.round(percentile([...values].sort((a, b) => a - b), 0.5)) : null);
      const longList = {
        presses: presses.length,
        rows: await rowCount(),
        domNodes: await page.evaluate<number>('document.getElementsByTagName("*").length'),
        pressMs: { median: median(presses), last: presses.length ? Math.round(presses.at(-1) ?? 0) : null },
        // A press as the page sees it: from the click event to the frame after its rows (the list, not the test driver).
        pressInPageMs: { median: median(pressesInPage), last: pressesInPage.length ? Math.round(pressesInPage.at(-1) ?? 0) : null },
        // Of a press, the time its GraphQL request(s) took in flight (the twin's AppSync and store); the rest is the browser's.
        pressQueryMs: { median: median(pressQueries), last: pressQueries.length ? Math.round(pressQueries.at(-1) ?? 0) : null },
        liveRowMs: median(longLive),
      };

      const result = {
        calls,
        firstRowsMs: Math.round(first.at - navigation),
        chart: { hour: hourView, day: dayView },
        filters,
        liveRowMs: Math.round(percentile([...live].sort((a, b) => a - b), 0.5)),
        requests: firstLoadRequests,
        jsKbGzip: js.list,
        jsKbGzipSignIn: js.signIn,
        pageSize: PAGE_SIZE,
        longList,
      };
      log(`seed: ${Math.round(calls / seedSeconds)} calls/s; live row samples (ms): ${live.map(Math.round).join(', ')}; after ${presses.length} pages: ${longLive.map(Math.round).join(', ')}`);
      if (values.json) console.log(JSON.stringify(result));
      else console.log(JSON.stringify(result, null, 2));
    } finally {
      await browser.close();
    }
  } finally {
    if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    client.destroy();
    await twin.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Exits once the figures are printed and the twin stopped: after a run the process was seen lingering (asleep, no
// scratch left) with a handle of the stopped twin's still open.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

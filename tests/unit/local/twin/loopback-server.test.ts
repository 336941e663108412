import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree, listenOnLoopback, type LoopbackServer } from '../../../../local/twin/loopback-server';

const started: LoopbackServer[] = [];

afterEach(async () => {
  for (const server of started.splice(0)) await server.stop();
});

describe('listenOnLoopback', () => {
  it('listens on 127.0.0.1, a free port when given 0', async () => {
    const server = await listenOnLoopback(createServer(), 0, 'connect');
    started.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['store', /the DynamoDB store \(dynalite\).*FOUNDRY_STORE_PORT/],
    ['aws', /the local Cognito, SSM and S3.*FOUNDRY_AWS_PORT/],
    ['connect', /the local Amazon Connect.*FOUNDRY_CONNECT_PORT/],
  ] as const)('names the port, the service and the variable when the %s port is taken', async (service, expected) => {
    const holder = await listenOnLoopback(createServer(), 0, 'connect');
    started.push(holder);
    const port = Number(new URL(holder.url).port);
    const attempt = listenOnLoopback(createServer(), port, service);
    await expect(attempt).rejects.toThrow(`port ${port} is already in use`);
    await expect(attempt).rejects.toThrow(expected);
  });

  it('passes other listen errors through unchanged', async () => {
    const server = createServer();
    const attempt = listenOnLoopback(server, 70_000, 'store');
    await expect(attempt).rejects.toThrow(/port/i);
    await expect(attempt).rejects.not.toThrow('FOUNDRY_STORE_PORT');
    expect((server.address() as AddressInfo | null)?.port).toBeUndefined();
  });

  it.each([
    ['appsync', /the GraphQL API \(AppSync simulator\).*FOUNDRY_APPSYNC_PORT/],
    ['dashboard', /the dashboard \(next dev\).*FOUNDRY_DASHBOARD_PORT/],
  ] as const)('assertPortFree names the %s service and its variable when the port is taken', async (service, expected) => {
    const holder = await listenOnLoopback(createServer(), 0, 'connect');
    started.push(holder);
    const port = Number(new URL(holder.url).port);
    await expect(assertPortFree(port, service)).rejects.toThrow(expected);
    await holder.stop();
    await expect(assertPortFree(port, service)).resolves.toBeUndefined();
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { readBody } from './aws-json-http';
import { listenOnLoopback, type LoopbackServer } from './loopback-server';
import type { BrowserPolicy } from './request-guard';
import { CognitoError, type LocalUserPool } from './auth/user-pool';
import { SqsError, type LocalSqs } from './queues/local-sqs';

/** The AWS APIs the twin answers on one local port: Cognito sign-in, SSM parameters, S3 objects. */
export interface LocalAwsServices {
  readonly userPool: LocalUserPool;
  /** SSM parameter name -> value (function configuration Amplify passes through SSM). */
  readonly ssmParameters: ReadonlyMap<string, string>;
  /** Bucket -> directories whose files are the bucket's objects. */
  readonly buckets: ReadonlyMap<string, string[]>;
  /** The synthesised queues (the save path's queue and its dead letters). */
  readonly sqs?: LocalSqs;
}

/** A running local AWS endpoint. */
export type LocalAwsEndpoint = LoopbackServer;

function sendJson(response: ServerResponse, status: number, body: object, type = 'application/x-amz-json-1.1'): void {
  response.writeHead(status, { 'content-type': type });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, type: string, message: string): void {
  response.setHeader('x-amzn-errortype', type);
  sendJson(response, status, { __type: type, message });
}

function ssm(services: LocalAwsServices, operation: string, body: Record<string, unknown>): object {
  if (operation !== 'GetParameters' && operation !== 'GetParameter') throw new CognitoError('InvalidAction', `The local SSM does not implement ${operation}`);
  const names = operation === 'GetParameter' ? [String(body.Name)] : Array.isArray(body.Names) ? body.Names.map(String) : [];
  const found = names.filter((name) => services.ssmParameters.has(name));
  const parameters = found.map((name) => ({ Name: name, Type: 'String', Value: services.ssmParameters.get(name), Version: 1 }));
  if (operation === 'GetParameter') {
    if (!parameters[0]) throw new CognitoError('ParameterNotFound', `Parameter ${names[0]} not found`);
    return { Parameter: parameters[0] };
  }
  return { Parameters: parameters, InvalidParameters: names.filter((name) => !services.ssmParameters.has(name)) };
}

function s3Object(services: LocalAwsServices, urlPath: string, response: ServerResponse): void {
  const [bucket = '', ...keyParts] = decodeURIComponent(urlPath).replace(/^\//, '').split('/');
  const key = keyParts.join('/');
  const dirs = services.buckets.get(bucket);
  if (!dirs) return sendS3Error(response, 'NoSuchBucket', `The local S3 has no bucket ${bucket}`);
  if (key === '' || key.split('/').includes('..')) return sendS3Error(response, 'NoSuchKey', `The local S3 bucket ${bucket} has no key ${key}`);
  const file = dirs.map((dir) => path.join(dir, key)).find((candidate) => existsSync(candidate));
  if (!file) return sendS3Error(response, 'NoSuchKey', `The local S3 bucket ${bucket} has no key ${key}`);
  const content = readFileSync(file);
  response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': content.length });
  response.end(content);
}

function sendS3Error(response: ServerResponse, code: string, message: string): void {
  response.writeHead(404, { 'content-type': 'application/xml' });
  response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/** Starts the local AWS endpoint on 127.0.0.1; of web pages, only the dashboard's (`browsers`) may call it, to sign in. */
export async function startAwsEndpoint(services: LocalAwsServices, port: number, browsers: BrowserPolicy): Promise<LocalAwsEndpoint> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET') return s3Object(services, url.pathname, response);
    void readBody(request).then((raw) => {
      const target = String(request.headers['x-amz-target'] ?? '');
      const [service = '', operation = ''] = target.split('.');
      try {
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        if (service === 'AWSCognitoIdentityProviderService') return sendJson(response, 200, services.userPool.handle(operation, body));
        if (service === 'AmazonSSM') return sendJson(response, 200, ssm(services, operation, body));
        if (service === 'AmazonSQS' && services.sqs) return sendJson(response, 200, services.sqs.handle(operation, body, `http://${request.headers.host ?? '127.0.0.1'}`), 'application/x-amz-json-1.0');
        return sendError(response, 400, 'UnknownOperationException', `The local twin does not emulate ${target || `${request.method} ${url.pathname}`}`);
      } catch (error) {
        if (error instanceof CognitoError) return sendError(response, 400, error.type, error.message);
        if (error instanceof SqsError) return sendError(response, error.status, error.type, error.message);
        return sendError(response, 400, 'SerializationException', error instanceof Error ? error.message : String(error));
      }
    });
  });
  return listenOnLoopback(server, port, 'aws', browsers);
}

// Sequential HTTP peers against the loopback server: raw fetch and raw node:http (each bare and + one sign), bare
// openapi-fetch, our client with RSA stubbed out, our client signing synchronously, and our client as shipped.
import type { KeyObject } from 'node:crypto';
import * as http from 'node:http';
import createClient from 'openapi-fetch';
import type { paths } from '../../../generated/schema.ts';
import { signRsaSha256 } from '../../../src/signing/rsa.ts';
import { API_PREFIX, CLIENT_ID, PAY_BODY, PAY_PATH } from './fixtures.ts';
import { nodeHttpCall } from './node-http-call.ts';
import { expectJson } from './rounds.ts';
import type { Peer } from './stats.ts';
import type { PackageModule } from './variants.ts';

export const HTTP_PEERS = {
  rawFetch: 'raw fetch (no signing)',
  rawFetchSigned: 'raw fetch + 1 sign (cached KeyObject)',
  rawHttp: 'raw node:http (no signing)',
  rawHttpSigned: 'raw node:http + 1 sign (cached KeyObject)',
  openapiFetch: 'openapi-fetch createClient<paths> (no signing)',
  oursNoCrypto: 'antom client, RSA stubbed (our layer only)',
  oursSyncSign: 'antom client, sync-sign build (signed + verified)',
  oursFull: 'antom client (signed + verified)',
} as const;

export interface HttpSetup {
  origin: string;
  merchantKey: KeyObject;
  antomPublicKey: string;
  real: PackageModule;
  noCrypto: PackageModule;
  syncSign: PackageModule;
  /** Calls per sample for every peer. */
  calls: number;
}

function requestHeaders(body: string, signKey: KeyObject | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=UTF-8' };
  if (signKey) {
    const time = String(Date.now());
    const signature = signRsaSha256(`POST ${PAY_PATH}\n${CLIENT_ID}.${time}.${body}`, signKey);
    headers['Client-Id'] = CLIENT_ID;
    headers['Request-Time'] = time;
    headers['Signature'] = `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`;
  }
  return headers;
}

function rawFetchPeer(url: string, signKey: KeyObject | undefined): () => Promise<void> {
  return async () => {
    const body = JSON.stringify(PAY_BODY);
    const response = await fetch(url, { method: 'POST', headers: requestHeaders(body, signKey), body });
    expectJson(await response.json());
  };
}

/** node:http with Node's global keep-alive agent, the body collected as UTF-8 text and parsed. */
function rawHttpPeer(url: string, signKey: KeyObject | undefined): () => Promise<void> {
  const target = new URL(url);
  return () => {
    const body = JSON.stringify(PAY_BODY);
    return nodeHttpCall(http, target, { ...requestHeaders(body, signKey), 'Content-Length': String(Buffer.byteLength(body)) }, body);
  };
}

function antomPeer(module: PackageModule, setup: HttpSetup): () => Promise<void> {
  const client = module.createAntomClient({
    clientId: CLIENT_ID,
    privateKey: setup.merchantKey,
    antomPublicKey: setup.antomPublicKey,
    baseUrl: setup.origin,
  });
  return async () => {
    const { data } = await client.pay(PAY_BODY);
    expectJson(data);
  };
}

export function httpPeers(setup: HttpSetup): Peer[] {
  const url = `${setup.origin}${PAY_PATH}`;
  const bare = createClient<paths>({ baseUrl: `${setup.origin}${API_PREFIX}` });
  const ops = setup.calls;
  return [
    { name: HTTP_PEERS.rawFetch, ops, run: rawFetchPeer(url, undefined) },
    { name: HTTP_PEERS.rawFetchSigned, ops, run: rawFetchPeer(url, setup.merchantKey) },
    { name: HTTP_PEERS.rawHttp, ops, run: rawHttpPeer(url, undefined) },
    { name: HTTP_PEERS.rawHttpSigned, ops, run: rawHttpPeer(url, setup.merchantKey) },
    {
      name: HTTP_PEERS.openapiFetch,
      ops,
      run: async () => {
        const { data } = await bare.POST('/v1/payments/pay', { body: PAY_BODY });
        expectJson(data);
      },
    },
    { name: HTTP_PEERS.oursNoCrypto, ops, run: antomPeer(setup.noCrypto, setup) },
    { name: HTTP_PEERS.oursSyncSign, ops, run: antomPeer(setup.syncSign, setup) },
    { name: HTTP_PEERS.oursFull, ops, run: antomPeer(setup.real, setup) },
  ];
}

/** Hostile requests for the fuzz test: what a malicious or broken client could send. */
import fc from 'fast-check';
import { MAX_BODY_BYTES, PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../src/domain/sync-protocol';
import { tableNames } from '../../../src/domain/records/tables';
import { formatHlc } from '../../../src/domain/hlc';
import { uuidv7 } from '../../../src/domain/ids';

export interface Known {
  /** Team A (anna's) and team B (bram's), and records in each. */
  teamA: string;
  teamB: string;
  householdA: string;
  householdB: string;
  contactB: string;
  /** anna's device clock node (bound to her session) and another one. */
  annaClient: string;
  /** Push bodies that were applied before the fuzz: replaying them must change nothing. */
  replays: string[];
}

export type TokenKind = 'none' | 'anna' | 'bram' | 'revoked' | 'expired' | 'forged' | 'garbage';

export interface FuzzRequest {
  routeIndex: number;
  method: string;
  token: TokenKind;
  contentType: string | null;
  body: string | null;
  /** Replaces the route's path parameters (none today; others may add some). */
  param: string;
}

const anyId = (k: Known) =>
  fc.oneof(fc.constantFrom(k.teamA, k.teamB, k.householdA, k.householdB, k.contactB, 'srv.' + uuidv7() + '.0', '../etc/passwd', '', '%00'), fc.uuid(), fc.string());

const protoKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');

/** JSON text with prototype keys where a careless merge would copy them onto objects. */
function protoJson(k: Known): fc.Arbitrary<string> {
  return fc.tuple(protoKeys, fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('top', 'mutation', 'fields', 'pull')).map(([key, value, where]) => {
    const evil = `{"${key}":${JSON.stringify(value) ?? 'null'},"polluted":true}`;
    switch (where) {
      case 'top':
        return `{"protocolVersion":${PROTOCOL_VERSION},"${key}":${evil},"mutations":${evil},"teamId":"${k.teamA}"}`;
      case 'mutation':
        return `{"protocolVersion":${PROTOCOL_VERSION},"mutations":[${evil}]}`;
      case 'fields':
        return JSON.stringify({ protocolVersion: PROTOCOL_VERSION, mutations: [mutationShape(k, 'households', uuidv7(), k.teamA)] }).replace('"changedFields":{}', `"changedFields":${evil}`);
      default:
        return `{"protocolVersion":${PROTOCOL_VERSION},"teamId":"${k.teamA}","cursor":0,"limit":10,"${key}":${evil}}`;
    }
  });
}

function mutationShape(k: Known, table: string, recordId: string, teamId: string, householdId: string | null = null) {
  return {
    mutationId: uuidv7(),
    clientId: k.annaClient,
    clientSeq: 0,
    table,
    recordId,
    teamId,
    householdId,
    op: 'put',
    changedFields: {},
    hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: k.annaClient }),
    baseRev: 0,
    schemaVersion: SCHEMA_VERSION,
  };
}

/**
 * Mutations that look right but must never write: to another team, its households or records,
 * unknown tables, wrong types, the server's id namespace, a clock far ahead, another device's
 * node. None of them is a valid new write by anna's own device.
 */
function hostileMutation(k: Known): fc.Arbitrary<unknown> {
  const base = (over: Record<string, unknown>) => ({ ...mutationShape(k, 'households', uuidv7(), k.teamA), ...over });
  return fc.oneof(
    fc.constant(base({ teamId: k.teamB, changedFields: { label: 'Van een ander team' } })),
    fc.constant(base({ recordId: k.householdB, changedFields: { label: 'Overgenomen' } })),
    fc.constant(base({ table: 'contacts', recordId: k.contactB, householdId: k.householdB, changedFields: { note: 'x' } })),
    fc.constant(base({ table: 'contacts', recordId: uuidv7(), householdId: k.householdB, changedFields: { channel: 'huisbezoek', startedAt: '2026-03-02T10:00:00+01:00' } })),
    fc.constant(base({ recordId: k.householdA, teamId: k.teamB })),
    fc.constant(base({ recordId: `srv.${uuidv7()}.0`, table: 'conflicts', householdId: k.householdA })),
    fc.constant(base({ clientId: uuidv7(), changedFields: { label: 'Ander apparaat' } })),
    fc.constant(base({ hlc: formatHlc({ wallMs: 32_503_680_000_000, counter: 0, node: k.annaClient }), changedFields: { label: 'Toekomst' } })),
    fc.string().map((table) => base({ table, changedFields: { label: 'x' } })),
    fc.constantFrom(...tableNames).chain((table) =>
      fc.dictionary(fc.oneof(fc.string({ maxLength: 20 }), protoKeys), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 5000 }))).map((changedFields) =>
        base({ table, teamId: k.teamB, householdId: table === 'households' ? null : k.householdB, changedFields }),
      ),
    ),
    fc.record({ key: fc.constantFrom('mutationId', 'clientSeq', 'op', 'hlc', 'baseRev', 'schemaVersion', 'householdId', 'recordId', 'teamId'), value: fc.jsonValue({ maxDepth: 2 }) }).map(({ key, value }) =>
      base({ [key]: value, teamId: k.teamB }),
    ),
  );
}

function pushBody(k: Known): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(hostileMutation(k), { minLength: 1, maxLength: 5 }).map((mutations) => JSON.stringify({ protocolVersion: PROTOCOL_VERSION, mutations })),
    fc.constantFrom(...k.replays),
    fc.integer({ min: 201, max: 400 }).map((n) => JSON.stringify({ protocolVersion: PROTOCOL_VERSION, mutations: Array.from({ length: n }, () => ({})) })),
    fc.oneof(fc.integer(), fc.double(), fc.string()).map((v) => JSON.stringify({ protocolVersion: v, mutations: [] })),
  );
}

function pullBody(k: Known): fc.Arbitrary<string> {
  const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 2 ** 53, 1e308, Number.MAX_SAFE_INTEGER), fc.string(), fc.constant(null));
  return fc
    .record({ protocolVersion: fc.oneof(fc.constant(PROTOCOL_VERSION), number), teamId: anyId(k), cursor: number, limit: number })
    .map((body) => JSON.stringify(body));
}

function accountBody(k: Known): fc.Arbitrary<string> {
  return fc
    .record({
      protocolVersion: fc.oneof(fc.constant(PROTOCOL_VERSION), fc.jsonValue()),
      username: fc.oneof(fc.constantFrom('anna', 'bram', 'beheer', 'anna\u0000'), fc.string()),
      password: fc.string({ maxLength: 300 }),
      clientId: fc.oneof(fc.constant(k.annaClient), fc.uuid(), fc.string()),
      token: fc.string(),
      teamName: fc.string(),
      displayName: fc.string(),
      deviceLabel: fc.string({ maxLength: 500 }),
    })
    .map((body) => JSON.stringify(body));
}

const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 400_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + (open === '[' ? ']' : '}').repeat(depth));

/** Bodies of every kind, most of them of the kind the route takes (`path`), so they get past the first checks. */
export function bodyArbitrary(k: Known, path: string): fc.Arbitrary<string | null> {
  const fits = (word: string) => (path.includes(word) ? 12 : 2);
  return fc.oneof(
    { weight: fits('push'), arbitrary: pushBody(k) },
    { weight: fits('pull'), arbitrary: pullBody(k) },
    { weight: Math.max(fits('auth'), fits('setup')), arbitrary: accountBody(k) },
    { weight: 2, arbitrary: protoJson(k) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: deepNesting },
    { weight: 1, arbitrary: fc.constantFrom('{"protocolVersion":', '[1,2', '\u0000', '{"a":1}}', 'null', '""', '1e999999', '{"__proto__":null}') },
    // A few bodies over the limit (they are large: kept rare so the run stays quick).
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 20 }).map((n) => (n === 1 ? `"${'x'.repeat(MAX_BODY_BYTES + 10)}"` : `"${'y'.repeat(n * 5000)}"`)),
    },
  );
}

export function requestArbitrary(k: Known, paths: readonly string[]): fc.Arbitrary<FuzzRequest> {
  return fc.integer({ min: 0, max: paths.length - 1 }).chain((routeIndex) =>
    fc.record({
      routeIndex: fc.constant(routeIndex),
      // Mostly the route's own method (past the 405), sometimes any other.
      method: fc.oneof({ weight: 8, arbitrary: fc.constant('route') }, { weight: 2, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }),
      token: fc.constantFrom<TokenKind>('anna', 'anna', 'anna', 'anna', 'bram', 'none', 'revoked', 'expired', 'forged', 'garbage'),
      contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', null),
      body: bodyArbitrary(k, paths[routeIndex]!),
      param: anyId(k),
    }),
  );
}

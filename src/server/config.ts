import { join, resolve } from 'node:path';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/sessions';
import { loadDataKeys } from './crypto/key-source';
import type { EscrowKeySource } from './escrow/server-key';
import type { StoreOptions } from './store/open-store';

export interface ServerConfig {
  port: number;
  host: string;
  store: StoreOptions;
  distDir: string;
  trustProxy: boolean;
  sessions?: SessionPolicy;
  /** Closed households are erased this many days after their closing day (RETENTION_CLOSED_DAYS, default 730). */
  retentionDays?: number;
  /** Where the escrow server key comes from; read when the server starts (escrow/server-key.ts). */
  escrowKey?: EscrowKeySource;
}

/**
 * Settings from the environment (see README.md):
 * PORT (8080), HOST (127.0.0.1), DATABASE_URL (postgres://…; unset = SQLite), DATABASE_SCHEMA
 * (PostgreSQL: the schema to keep the tables in; unset = the connection's default),
 * DATA_DIR (./data, for the SQLite file), DIST_DIR (./dist), TRUST_PROXY (1 behind a proxy),
 * SESSION_IDLE_DAYS (30), SESSION_MAX_DAYS (90), VOORDEUR_DATA_KEY / VOORDEUR_DATA_KEY_FILE (crypto/key-source.ts),
 * VOORDEUR_ESCROW_KEY (32 bytes base64url; required when NODE_ENV=production, else made in
 * DATA_DIR/escrow.key).
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    store: storeOptionsFromEnv(env),
    distDir: resolve(env.DIST_DIR ?? 'dist'),
    trustProxy: env.TRUST_PROXY === '1',
    sessions: {
      idleMs: days(env, 'SESSION_IDLE_DAYS', DEFAULT_SESSION_POLICY.idleMs),
      maxMs: days(env, 'SESSION_MAX_DAYS', DEFAULT_SESSION_POLICY.maxMs),
    },
    retentionDays: days(env, 'RETENTION_CLOSED_DAYS', 730 * 86_400_000) / 86_400_000,
    escrowKey: {
      ...(env.VOORDEUR_ESCROW_KEY ? { value: env.VOORDEUR_ESCROW_KEY } : {}),
      file: join(resolve(env.DATA_DIR ?? 'data'), 'escrow.key'),
      production: env.NODE_ENV === 'production',
    },
  };
}

function days(env: NodeJS.ProcessEnv, name: string, fallbackMs: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} is not a positive number of days: ${value}`);
  return n * 86_400_000;
}

/** Shared with the admin CLI, so both always open the same database. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const databaseUrl = env.DATABASE_URL || undefined;
  const pgSchema = env.DATABASE_SCHEMA || undefined;
  return {
    databaseUrl,
    sqliteFile: join(resolve(env.DATA_DIR ?? 'data'), 'voordeur.sqlite'),
    ...(pgSchema ? { pgSchema } : {}),
    // Loaded when the store opens (a key file may be made then): reading the config has no effects.
    dataKeys: () => loadDataKeys(env),
  };
}

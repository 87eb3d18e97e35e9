import { z } from 'zod';

import { parseTrustedProxies } from './trusted-proxies';

// Typed environment. Parsed once at boot; a bad value stops the process with a one-line reason.
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

function milliseconds(min: number, max: number) {
  return z.coerce.number().int().min(min).max(max);
}

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  EMBEDDED_PG_PORT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(65535)
    .refine((port) => port !== 5432, 'must not be 5432, which belongs to a system PostgreSQL')
    .default(54329),
  EMBEDDED_PG_DIR: z.string().min(1).optional(),
  SEED_DEMO_DATA: booleanFromEnv.default(true),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  CORS_ORIGIN: z.string().optional(),
  LOG_FORMAT: z.enum(['json', 'text']).default('text'),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value, context) => {
      const parsed = parseTrustedProxies(value);
      if ('entries' in parsed) return parsed.entries;
      context.addIssue({
        code: 'custom',
        message: `has "${parsed.invalid}", which is not an IP address or CIDR range`,
      });
      return z.NEVER;
    }),
  // Time limits (milliseconds): no request may wait on the database or a slow client without end.
  DB_STATEMENT_TIMEOUT_MS: milliseconds(100, 600_000).default(15_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(100, 600_000).default(30_000),
  DB_CONNECT_TIMEOUT_MS: milliseconds(100, 60_000).default(5_000),
  HTTP_REQUEST_TIMEOUT_MS: milliseconds(1_000, 600_000).default(30_000),
});

export type AppConfig = {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  embeddedPostgres: { port: number; dataDir: string | undefined };
  seedDemoData: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  corsOrigin: string | undefined;
  logFormat: 'json' | 'text';
  // Proxies whose X-Forwarded-For names the client (IPs or CIDR ranges); empty: the socket address.
  trustedProxies: string[];
  timeouts: TimeoutConfig;
};

export type TimeoutConfig = {
  // Server-side limits on every API connection (PostgreSQL cancels the statement / ends the session).
  statementMs: number;
  idleInTransactionMs: number;
  // How long to wait for a pool connection (new connections included) before giving up.
  connectMs: number;
  // Fastify answers 503 when a request has not been answered within this time.
  requestMs: number;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

// Only for machines where nobody set a secret: tokens signed with it are worthless outside development.
const DEVELOPMENT_JWT_SECRET = 'branchline-development-secret-not-for-production-use';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const value = env[name];
    throw new ConfigError(
      `Invalid configuration: ${name} ${issue.message}${value === undefined ? '' : ` (got "${value}")`}`,
    );
  }
  const values = parsed.data;
  if (values.NODE_ENV === 'production' && !values.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production');
  }
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    embeddedPostgres: { port: values.EMBEDDED_PG_PORT, dataDir: values.EMBEDDED_PG_DIR },
    seedDemoData: values.SEED_DEMO_DATA,
    jwtSecret: values.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    accessTokenTtlSeconds: values.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: values.REFRESH_TOKEN_TTL_DAYS,
    corsOrigin: values.CORS_ORIGIN,
    logFormat: values.LOG_FORMAT,
    trustedProxies: values.TRUSTED_PROXIES,
    timeouts: {
      statementMs: values.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: values.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectMs: values.DB_CONNECT_TIMEOUT_MS,
      requestMs: values.HTTP_REQUEST_TIMEOUT_MS,
    },
  };
}

// An exported-but-empty variable (`PORT=`) means "unset", as shells and compose files use it.
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

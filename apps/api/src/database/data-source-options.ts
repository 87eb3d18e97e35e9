import { Logger as TypeOrmLogger } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

import { TimeoutConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type DataSourceExtras = {
  logger?: TypeOrmLogger;
  // The API's connections are time-limited; migrations and seeding (no timeouts given) may run long.
  timeouts?: Pick<TimeoutConfig, 'statementMs' | 'idleInTransactionMs' | 'connectMs'>;
};

// How much longer than statement_timeout the driver waits for any answer: PostgreSQL normally cancels
// first (57014); this only fires when the server says nothing at all (frozen, network cut).
const QUERY_READ_MARGIN_MS = 1_000;

export function dataSourceOptions(url: string, { logger, timeouts }: DataSourceExtras = {}): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    logger,
    // TypeORM's own error log prints the failed SQL with its parameters (personal data, tokens): off. The
    // failure still reaches format-error.ts, which logs its message once. A logger given here (tests) sees all.
    logging: logger ? ['query', 'error'] : false,
    // JIT compiles plans whose cost estimate is high (big counts, trigram scans) for ~100-200 ms: a loss for
    // short OLTP queries like ours, so it is off for the API's connections.
    extra: { max: 20, options: '-c jit=off', ...(timeouts ? poolTimeouts(timeouts) : {}) },
  };
}

// Options of node-postgres' Pool/Client: the two server settings travel in the startup packet.
function poolTimeouts(timeouts: NonNullable<DataSourceExtras['timeouts']>): Record<string, number | boolean> {
  return {
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    query_timeout: timeouts.statementMs + QUERY_READ_MARGIN_MS,
    connectionTimeoutMillis: timeouts.connectMs,
    // Notice a silently dropped peer instead of waiting on a dead socket.
    keepAlive: true,
  };
}

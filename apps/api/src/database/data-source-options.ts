import { Logger as TypeOrmLogger } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, logger?: TypeOrmLogger): PostgresConnectionOptions {
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
    logging: logger ? ['query', 'error'] : ['error'],
    // JIT compiles plans whose cost estimate is high (big counts, trigram scans) for ~100-200 ms: a loss for
    // short OLTP queries like ours, so it is off for the API's connections.
    extra: { max: 20, options: '-c jit=off' },
  };
}

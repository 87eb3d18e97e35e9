import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { prepareBenchDatabase } from './bench-database';

// `pnpm seed:scale`: build (or top up) the benchmark database without running the benchmarks.
prepareBenchDatabase()
  .then(({ url, stop }) => {
    new Logger('ScaleData').log(`Benchmark database ready: ${url.replace(/:[^:@/]*@/, ':***@')}`);
    return stop();
  })
  .catch((error: unknown) => {
    new Logger('ScaleData').error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });

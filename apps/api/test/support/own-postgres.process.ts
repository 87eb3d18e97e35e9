import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

// Runs one embedded PostgreSQL for a test that must stop or freeze its own server (jest's module runtime
// cannot load the embedded-postgres ES module, plain Node can). Stops it when stdin closes.
const [dataDir, port] = process.argv.slice(2);

startEmbeddedPostgres(String(dataDir), Number(port)).then(
  (server) => {
    process.stdout.write(`POSTGRES_READY ${server.url('postgres')}\n`);
    process.stdin.on('data', () => undefined);
    process.stdin.once('end', () => {
      void server.stop().finally(() => process.exit(0));
    });
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

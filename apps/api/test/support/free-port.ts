import { createServer } from 'node:net';

// The preferred port when it is free, any free port otherwise: two test runs on one machine never collide.
export function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const actual = typeof address === 'object' && address ? address.port : port;
        server.close(() => resolve(actual));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

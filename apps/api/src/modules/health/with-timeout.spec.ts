import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('passes on the result of work that settles in time', async () => {
    await expect(withTimeout(Promise.resolve('ok'), 1_000)).resolves.toBe('ok');
    await expect(withTimeout(Promise.reject(new Error('refused')), 1_000)).rejects.toThrow('refused');
  });

  it('rejects once the time is up when the work never settles', async () => {
    const started = Date.now();
    await expect(withTimeout(new Promise(() => undefined), 50)).rejects.toThrow('Timed out after 50 ms');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

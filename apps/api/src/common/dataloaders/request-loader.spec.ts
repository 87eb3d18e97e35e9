import { RequestContext } from '../auth/request-context';
import { requestLoader } from './request-loader';

const meta = { ipAddress: null, userAgent: null };

describe('requestLoader', () => {
  it('batches the loads of one tick into one call and answers in key order', async () => {
    const context = RequestContext.anonymous(meta);
    const calls: Array<readonly string[]> = [];
    const loader = () =>
      requestLoader(context, 'upper', (keys: readonly string[]) => {
        calls.push(keys);
        return Promise.resolve(keys.map((key) => key.toUpperCase()));
      });
    const answers = await Promise.all([loader().load('a'), loader().load('b'), loader().load('a')]);
    expect(answers).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('keeps one loader per name per request and none across requests', () => {
    const first = RequestContext.anonymous(meta);
    const second = RequestContext.anonymous(meta);
    const batch = (keys: readonly string[]) => Promise.resolve([...keys]);
    expect(requestLoader(first, 'same', batch)).toBe(requestLoader(first, 'same', batch));
    expect(requestLoader(first, 'other', batch)).not.toBe(requestLoader(first, 'same', batch));
    expect(requestLoader(second, 'same', batch)).not.toBe(requestLoader(first, 'same', batch));
  });
});

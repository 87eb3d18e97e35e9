import DataLoader from 'dataloader';

import { RequestContext } from '../auth/request-context';

// One DataLoader per name per request (kept on the context): sibling resolvers share one batch, and
// nothing is cached across users. `batch` must answer one value per key, in the keys' order; build it
// with oneByKey / manyByKey.
export function requestLoader<K, V>(
  context: RequestContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  return context.loader(name, () => new DataLoader<K, V>((keys) => batch(keys)));
}

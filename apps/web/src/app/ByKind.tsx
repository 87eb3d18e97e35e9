import type { ActorKind } from '@branchline/graphql-types';
import type { ReactNode } from 'react';

import { useViewer } from '../modules/identity/hooks/viewerContext';

export interface ByKindProps {
  pages: Partial<Record<ActorKind, ReactNode>>;
}

// One URL, different pages per account kind: "/fast-order" is the customer's fast order and, later, the rep's.
export function ByKind({ pages }: ByKindProps) {
  const viewer = useViewer();
  return pages[viewer.kind] ?? null;
}

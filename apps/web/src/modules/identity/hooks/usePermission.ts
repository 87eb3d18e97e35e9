import type { Permission } from '@branchline/graphql-types';

import { useViewer } from './viewerContext';

// UI affordances only: the API enforces every permission again.
export function usePermission(permission: Permission): boolean {
  return useViewer().permissions.includes(permission);
}

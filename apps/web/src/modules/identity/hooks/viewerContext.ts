import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { createContext, useContext } from 'react';

export const ViewerContext = createContext<ViewerFieldsFragment | null>(null);

// Only valid below the route guard, which provides the signed-in viewer.
export function useViewer(): ViewerFieldsFragment {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used inside an authenticated route');
  return viewer;
}

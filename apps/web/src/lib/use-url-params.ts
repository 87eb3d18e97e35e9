import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// A list's filters and sort live in the URL, so "back" from a detail page restores the list as it was.
export function useUrlParams() {
  const [params, setParams] = useSearchParams();

  // Each call touches only the keys it names, so a debounced search cannot undo a newer filter choice.
  // An empty value removes its key; the history entry is replaced, not added.
  const patch = useCallback(
    (entries: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(entries)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return { params, patch };
}

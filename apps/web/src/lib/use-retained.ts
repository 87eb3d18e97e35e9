import { useState } from 'react';

export interface Retained<T> {
  value: T | null;
  // Grows with each new non-null value: a key that remounts a form for every opening.
  version: number;
}

// Keeps the last non-null value, so a closing modal keeps showing its content during the exit transition.
export function useRetained<T>(value: T | null): Retained<T> {
  const [state, setState] = useState<Retained<T>>({ value, version: 0 });
  if (value !== null && value !== state.value) setState({ value, version: state.version + 1 });
  return { value: value ?? state.value, version: state.version };
}

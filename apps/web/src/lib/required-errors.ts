import type { UserErrorItem } from './user-errors';

// A form's own "this field is required" check, before anything is sent: one error for each blank value,
// in the order given, at the path the API would use (["input", field]), so it shows next to that field.
export function requiredErrors(values: Record<string, string | null | undefined>, message: string): UserErrorItem[] {
  return Object.entries(values)
    .filter(([, value]) => !value?.trim())
    .map(([field]) => ({ code: 'REQUIRED', field: ['input', field], message }));
}

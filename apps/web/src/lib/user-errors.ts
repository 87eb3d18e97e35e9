// Mutation userErrors point at an input field (["input", "email"]); forms show each next to its field.
export interface FieldUserError {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

export function fieldErrorFor(errors: readonly FieldUserError[], field: string): string | undefined {
  const messages = errors.filter((error) => error.field?.[error.field.length - 1] === field).map((error) => error.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

// Whatever no field of the form shows, so nothing the API said gets lost.
export function unplacedErrors<T extends FieldUserError>(errors: readonly T[], shownFields: readonly string[]): T[] {
  return errors.filter((error) => {
    const field = error.field?.[error.field.length - 1];
    return !field || !shownFields.includes(field);
  });
}

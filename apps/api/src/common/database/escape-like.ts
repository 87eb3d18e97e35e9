// User text inside ILIKE patterns: % and _ are literal characters to a person typing "50%".
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

// The salutations the demo data and the shop use; stored as these codes, shown translated.
export const SALUTATIONS = ['Mr', 'Ms'] as const;

export type Salutation = (typeof SALUTATIONS)[number];

export function isSalutation(value: string | null | undefined): value is Salutation {
  return SALUTATIONS.includes(value as Salutation);
}

// What users may send, one definition per concept. The API validates with these, and `pnpm codegen`
// copies them into @branchline/graphql-types (src/limits.ts) for the SPA's forms, so no number is
// copied by hand. A new input adds its concept here; a later limit on every string input extends it.
export const LIMITS = {
  // Employees: first and last name (create, update and CSV import).
  personName: { maxLength: 200 },
  password: { minLength: 10 },
  roleName: { maxLength: 80 },
  costCenterCode: { maxLength: 40 },
  costCenterName: { maxLength: 200 },
  // Each line of an address entered at checkout (company, street, postal code, city).
  addressLine: { maxLength: 200 },
  // ISO 3166-1 alpha-2.
  countryCode: { length: 2 },
  productNumber: { maxLength: 64 },
  purchaseOrderNumber: { maxLength: 64 },
  orderNote: { maxLength: 2000 },
  lineComment: { maxLength: 500 },
  idempotencyKey: { maxLength: 200 },
  // Quick search: shorter terms find nothing, longer ones are cut.
  searchTerm: { minLength: 2, maxLength: 100 },
  // Units of one product on a cart line or in a price query.
  lineQuantity: { max: 1_000_000 },
  fastOrder: { maxRows: 500, maxCsvCharacters: 200_000 },
  productNumberImport: { maxRows: 5000, maxCsvCharacters: 1_000_000 },
  // Per importEmployees call; the SPA sends larger files in chunks.
  employeeImport: { maxRows: 2000 },
} as const;

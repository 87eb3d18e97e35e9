import type { UserErrorCodeList } from '../../common/errors/user-error-code';

// Employees, invitations, roles, addresses and cost centers of a company.
export const COMPANIES_ERRORS = {
  EMAIL_INVALID: 'The email address is not valid.',
  ALREADY_EMPLOYEE: 'The person is already an employee of the company.',
  HAS_LOGIN: 'The person already has a login: create the employee instead of inviting them.',
  INVITE_ADMIN: 'The person is an admin; invitations only assign roles.',
  PERSONAL_DATA_SHARED: 'The person also works for another company and keeps their personal data themselves.',
  LAST_ADMIN: 'The company would be left without an active admin.',
  ADMIN_HOLDS_NO_ROLE: 'Admins hold no role: choose admin or a role, not both.',
  ROLE_REQUIRED: 'An employee who is not an admin needs a role.',
  CONCURRENT_CHANGE: 'Someone changed the same employees at the same time; send again.',
  PRESET_ROLE: 'Preset roles cannot be deleted.',
  PRESET_ROLE_NAME: 'Preset roles keep their name.',
  PERMISSION_NOT_ASSIGNABLE: 'The permission is reserved for admins and cannot be part of a role.',
  ROLE_IN_USE: 'Employees still hold the role.',
  COUNTRY_INVALID: 'The country is not a two-letter ISO code.',
  USAGE_REQUIRED: 'An address is used for billing, shipping or both.',
  DEFAULT_NEEDS_USAGE: 'Only a billing (shipping) address can be the default billing (shipping) address.',
  COST_CENTER_IN_USE: 'Orders are booked on the cost center: deactivate it instead.',
} as const satisfies UserErrorCodeList;

export type CompaniesErrorCode = keyof typeof COMPANIES_ERRORS;

import { UserError, userError } from '../../common/errors/user-error.type';
import { LIMITS } from '../../common/limits';

export const MAX_NUMBER_LENGTH = LIMITS.productNumber.maxLength;

// One rule for a company's own product number, typed in a form or read from a file.
export function validateNumber(number: string): UserError | null {
  if (!number) return userError('REQUIRED', 'Enter a product number.', ['input', 'number']);
  if (number.length > MAX_NUMBER_LENGTH) {
    return userError('TOO_LONG', `A product number has at most ${MAX_NUMBER_LENGTH} characters.`, ['input', 'number']);
  }
  return null;
}

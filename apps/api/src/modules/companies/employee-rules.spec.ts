import { EntityManager } from 'typeorm';

import { UserKind } from '../../common/auth/user-kind';
import {
  assignmentProblems,
  canJoinCompany,
  cleanText,
  emailProblems,
  personChanged,
  personProblems,
  worksElsewhere,
} from './employee-rules';

describe('employee rules', () => {
  it('accepts a plausible email and nothing else', () => {
    expect(emailProblems('ana@example.test')).toEqual([]);
    expect(['', 'ana', 'ana@example', 'a na@example.test'].map((email) => emailProblems(email)[0]?.code)).toEqual([
      'EMAIL_INVALID',
      'EMAIL_INVALID',
      'EMAIL_INVALID',
      'EMAIL_INVALID',
    ]);
  });

  it('requires first and last name, at most 200 characters each', () => {
    expect(personProblems({ firstName: 'Ana', lastName: 'Smith' })).toEqual([]);
    expect(
      personProblems({ firstName: '  ', lastName: 'x'.repeat(201) }).map((problem) => [problem.code, problem.field]),
    ).toEqual([
      ['REQUIRED', ['input', 'firstName']],
      ['TOO_LONG', ['input', 'lastName']],
    ]);
  });

  it('gives admins no role and everyone else exactly one', () => {
    expect(assignmentProblems(true, false)).toEqual([]);
    expect(assignmentProblems(false, true)).toEqual([]);
    expect(assignmentProblems(true, true)[0].code).toBe('ADMIN_HOLDS_NO_ROLE');
    expect(assignmentProblems(false, false)[0].code).toBe('ROLE_REQUIRED');
  });

  it('lets only employee logins join a company', () => {
    expect([UserKind.EMPLOYEE, UserKind.SALES_REP, UserKind.OPERATOR].map(canJoinCompany)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('tells changed personal data from the same, and cleans blank text to null', () => {
    const person = { salutation: null, firstName: 'Ana', lastName: 'Smith', phone: '+49 30 1' };
    expect(personChanged({ ...person }, person)).toBe(false);
    expect(personChanged({ ...person, phone: null }, person)).toBe(true);
    expect([cleanText('  a '), cleanText('   '), cleanText(null), cleanText(undefined)]).toEqual([
      'a',
      null,
      null,
      null,
    ]);
  });

  it('asks the database whether the person belongs to another company, with the ids as parameters', async () => {
    const query = jest.fn().mockResolvedValue([{ answer: true }]);
    await expect(worksElsewhere({ query } as unknown as EntityManager, 'user-1', 'company-1')).resolves.toBe(true);
    expect(query).toHaveBeenCalledWith(expect.stringContaining('elsewhere.company_id <> $2'), ['user-1', 'company-1']);
  });
});

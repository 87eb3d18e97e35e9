import { useMutation } from '@apollo/client/react';
import type { InviteEmployeeInput, InviteEmployeeMutation } from '@branchline/graphql-types';
import { InviteEmployeeDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { EMPLOYEE_DEPENDENT_QUERIES } from '../../company/model/dependent-queries';

export type EmployeeInvitation = NonNullable<InviteEmployeeMutation['inviteEmployee']['invitation']>;

export function useInviteEmployee() {
  // The invitee shows up in the list (inactive until the password is set) and as a role holder.
  const [mutate, { loading }] = useMutation(InviteEmployeeDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const inviteEmployee = useCallback(
    async (input: InviteEmployeeInput) => {
      const { data } = await mutate({ variables: { input } });
      return {
        invitation: data?.inviteEmployee.invitation ?? null,
        userErrors: data?.inviteEmployee.userErrors ?? [],
      };
    },
    [mutate],
  );
  return { inviteEmployee, loading };
}

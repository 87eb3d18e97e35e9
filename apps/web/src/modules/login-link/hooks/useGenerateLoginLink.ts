import { useMutation } from '@apollo/client/react';
import { GenerateLoginLinkDocument, LoginLinkStatusDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useGenerateLoginLink() {
  // hasLoginLink flips to true; the status query is the only place that shows it.
  const [mutate, { loading }] = useMutation(GenerateLoginLinkDocument, { refetchQueries: [LoginLinkStatusDocument] });
  const generateLoginLink = useCallback(async () => {
    const { data } = await mutate();
    return { token: data?.generateLoginLink.token ?? null, userErrors: data?.generateLoginLink.userErrors ?? [] };
  }, [mutate]);
  return { generateLoginLink, loading };
}

import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { safeReturnPath } from '../lib/paths';
import { CompanyChooser } from '../modules/company-selection/components/CompanyChooser';
import { useLogout } from '../modules/identity/hooks/useLogout';
import { useViewer } from '../modules/identity/hooks/viewerContext';
import { landingPathForViewer } from '../modules/identity/utils/landing';
import { PublicCard } from '../ui/PublicCard';

export function ChooseCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const viewer = useViewer();
  const { logout } = useLogout();
  const returnTo = safeReturnPath(params.get('returnTo'));

  const handleChosen = () => {
    void navigate(returnTo ?? landingPathForViewer(viewer), { replace: true });
  };

  return (
    <PublicCard width={520}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={22}>
            {t('companySelection.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('companySelection.subtitle', { name: viewer.firstName })}
          </Text>
        </Stack>
        <CompanyChooser memberships={viewer.memberships} onChosen={handleChosen} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('companySelection.hint')}
          </Text>
          <Anchor component="button" type="button" size="sm" onClick={() => void logout()}>
            {t('companySelection.logout')}
          </Anchor>
        </Group>
      </Stack>
    </PublicCard>
  );
}

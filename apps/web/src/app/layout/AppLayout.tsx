import { AppShell, Badge, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';

import type { Language } from '../../lib/i18n';
import { changeLanguage, currentLanguage } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { CartIndicator } from '../../modules/cart/components/CartIndicator';
import { QuickSearch } from '../../modules/catalog/components/QuickSearch';
import { AccountMenu } from '../../modules/identity/components/AccountMenu';
import { useLogout } from '../../modules/identity/hooks/useLogout';
import { useSwitchCompany } from '../../modules/identity/hooks/useSwitchCompany';
import { useViewer } from '../../modules/identity/hooks/viewerContext';
import { Logo } from '../../ui/Logo';
import { NavigationBar } from './NavigationBar';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { logout } = useLogout();
  const { switchCompany } = useSwitchCompany();
  const canOrder = viewer.kind === 'EMPLOYEE' && viewer.permissions.includes('PLACE_ORDERS');
  const language = (i18n.resolvedLanguage as Language | undefined) ?? currentLanguage();

  const handleLogout = async () => {
    await logout();
    void navigate(paths.login, { replace: true });
  };

  const handleSwitchCompany = async (companyId: string) => {
    const company = viewer.memberships.find((m) => m.company.id === companyId)?.company;
    try {
      const switched = await switchCompany(companyId);
      notifications.show(
        switched
          ? { color: 'teal', message: t('account.switched', { company: company?.name ?? '' }) }
          : { color: 'red', message: t('account.switchFailed') },
      );
    } catch {
      notifications.show({ color: 'red', message: t('account.switchFailed') });
    }
  };

  const handleLanguageChange = (next: Language) => {
    void changeLanguage(next);
  };

  const handleProfile = () => navigate(paths.account);

  const handleOpenProduct = (productId: string) => navigate(paths.product(productId));

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
      bg="var(--mantine-color-gray-0)"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggleNavigation')}
            />
            <Link to={paths.dashboard} style={{ textDecoration: 'none' }} aria-label={t('nav.dashboard')}>
              <Logo />
            </Link>
            {viewer.activeCompany && (
              <Badge
                variant="light"
                color="gray"
                size="lg"
                radius="sm"
                tt="none"
                leftSection={<IconBuildingStore size={14} />}
                visibleFrom="xs"
                data-testid="active-company"
              >
                {viewer.activeCompany.name}
              </Badge>
            )}
          </Group>
          {viewer.kind === 'EMPLOYEE' && viewer.permissions.includes('VIEW_CATALOG') && (
            <Box visibleFrom="sm" style={{ flex: 1, display: 'flex', justifyContent: 'center' }}>
              <QuickSearch onOpenProduct={handleOpenProduct} />
            </Box>
          )}
          <Group gap="sm" wrap="nowrap">
            {canOrder && <CartIndicator />}
            <AccountMenu
              viewer={viewer}
              language={language}
              onProfile={viewer.kind === 'EMPLOYEE' ? handleProfile : undefined}
              onSwitchCompany={(companyId) => void handleSwitchCompany(companyId)}
              onLanguageChange={handleLanguageChange}
              onLogout={() => void handleLogout()}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <NavigationBar kind={viewer.kind} permissions={viewer.permissions} onNavigate={closeNav} />
        <Text size="xs" c="dimmed" mt="auto" pt="md" px="xs">
          {t('app.tagline')}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1280, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarStats } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { SectionHeading } from '../../../ui/SectionHeading';

export interface OrdersThisYearPanelProps {
  ordersThisYear: number;
}

// Cockpit module 3: orders placed in the current calendar year.
export function OrdersThisYearPanel({ ordersThisYear }: OrdersThisYearPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const year = new Date().getFullYear();
  return (
    <Card component="section" aria-labelledby="cockpit-year-title" h="100%">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <SectionHeading
          id="cockpit-year-title"
          title={t('cockpit.yearTitle')}
          description={t('cockpit.yearDescription', { year })}
        />
        <ThemeIcon size={44} radius="md" variant="light" color="violet" aria-hidden>
          <IconCalendarStats size={24} />
        </ThemeIcon>
      </Group>
      <Text fz={44} fw={750} mt="md" lh={1} data-testid="orders-this-year">
        {format.number(ordersThisYear)}
      </Text>
    </Card>
  );
}

import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';

export interface FeatureCard {
  key: string;
  title: string;
  description: string;
  to: string;
  icon: Icon;
  color?: string;
}

export interface FeatureCardsProps {
  title: string;
  cards: FeatureCard[];
}

// Dashboard modules linking to functionality, as the portal docs describe.
export function FeatureCards({ title, cards }: FeatureCardsProps) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} fz="lg">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {cards.map(({ key, title: cardTitle, description, to, icon: CardIcon, color = 'brand' }) => (
          <Card
            key={key}
            component={Link}
            to={to}
            style={{ textDecoration: 'none', color: 'inherit' }}
            className="feature-card"
          >
            <Stack gap="sm" h="100%">
              <ThemeIcon size={40} radius="md" variant="light" color={color} aria-hidden>
                <CardIcon size={22} />
              </ThemeIcon>
              <Stack gap={4} style={{ flex: 1 }}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={650}>{cardTitle}</Text>
                  <IconArrowRight size={16} color="var(--mantine-color-dimmed)" aria-hidden />
                </Group>
                <Text size="sm" c="dimmed">
                  {description}
                </Text>
              </Stack>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

import type { CatalogProductQuery } from '@branchline/graphql-types';
import { Card, Center, Group, Image, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { Fact } from '../../../ui/Fact';
import { AvailabilityBadge } from './AvailabilityBadge';

type ProductData = CatalogProductQuery['product'];

export interface ProductFactsProps {
  product: ProductData;
  // The own-number field comes from the product-numbers module; the page composes it in.
  ownNumber?: ReactNode;
}

export function ProductFacts({ product, ownNumber }: ProductFactsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card>
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Center
          w={120}
          h={120}
          bg="var(--mantine-color-gray-0)"
          style={{ borderRadius: 'var(--mantine-radius-md)', flexShrink: 0, overflow: 'hidden' }}
          visibleFrom="xs"
        >
          {product.imageUrl ? (
            <Image src={product.imageUrl} alt={product.name} fit="contain" w={120} h={120} />
          ) : (
            <ThemeIcon size={56} variant="light" color="gray" radius="xl" aria-hidden>
              <IconPhoto size={28} />
            </ThemeIcon>
          )}
        </Center>
        <Stack gap="md" style={{ flex: 1 }}>
          <Stack gap={4}>
            <Title order={2} fz="lg">
              {t('productDetail.description')}
            </Title>
            <Text size="sm">{product.description}</Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md">
            <Fact label={t('productDetail.sku')}>
              <Text span size="sm" ff="monospace" fw={600}>
                {product.sku}
              </Text>
            </Fact>
            <Fact label={t('productDetail.category')}>{product.category.name}</Fact>
            <Fact label={t('productDetail.availability')}>
              <Group gap="xs">
                <AvailabilityBadge availability={product.availability} />
                <Text size="xs" c="dimmed">
                  {t('productDetail.inStock', { count: product.stock, stock: format.number(product.stock) })}
                </Text>
              </Group>
            </Fact>
            <Fact label={t('productDetail.unit')}>{product.unit}</Fact>
            <Fact label={t('productDetail.packSize')}>{format.number(product.packSize)}</Fact>
            <Fact label={t('productDetail.minQuantity')}>{format.number(product.minQuantity)}</Fact>
            <Fact label={t('productDetail.taxRate')}>{format.percent(product.taxRate)}</Fact>
            {!product.active && <Fact label={t('productDetail.status')}>{t('productDetail.discontinued')}</Fact>}
          </SimpleGrid>
          {ownNumber}
        </Stack>
      </Group>
    </Card>
  );
}

import type { FastOrderReportFieldsFragment, FastOrderRowInput } from '@branchline/graphql-types';
import { Alert, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconChecklist,
  IconCircleCheck,
  IconShoppingCartPlus,
  IconTrashX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../../lib/paths';
import type { UserErrorItem } from '../../../lib/user-errors';
import { SectionHeading } from '../../../ui/SectionHeading';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useAddFastOrderToCart } from '../hooks/useAddFastOrderToCart';
import { useFastOrderRows } from '../hooks/useFastOrderRows';
import { useValidateFastOrder } from '../hooks/useValidateFastOrder';
import type { FastOrderRowValue } from '../model/fast-order-row';
import { isBlankRow } from '../model/fast-order-row';
import { FastOrderImport } from './FastOrderImport';
import { FastOrderReportTable } from './FastOrderReportTable';
import { FastOrderRowsEditor } from './FastOrderRowsEditor';

interface Checked {
  report: FastOrderReportFieldsFragment;
  // Which editor row each sent row (1-based) was, so problems land on the right input.
  sentKeys: string[];
}

// What goes to the API: non-blank rows; an empty quantity goes as 0 so the API reports it.
function toRowInputs(rows: FastOrderRowValue[]): { inputs: FastOrderRowInput[]; keys: string[] } {
  const sent = rows.filter((row) => !isBlankRow(row));
  return {
    inputs: sent.map((row) => ({ reference: row.reference.trim(), quantity: row.quantity === '' ? 0 : row.quantity })),
    keys: sent.map((row) => row.key),
  };
}

function problemsByKey(checked: Checked | null): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const row of checked?.report.rows ?? []) {
    if (row.status === 'OK') continue;
    for (const number of row.rows) {
      const key = checked?.sentKeys[number - 1];
      if (key) problems[key] = row.message ?? row.status;
    }
  }
  return problems;
}

export function FastOrderForm() {
  const { t } = useTranslation();
  const { rows, updateRow, addRow, removeRows, appendParsed, reset } = useFastOrderRows();
  const { validateFastOrder, loading: checking } = useValidateFastOrder();
  const { addFastOrderToCart, loading: adding } = useAddFastOrderToCart();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [stale, setStale] = useState(false);
  const [errors, setErrors] = useState<UserErrorItem[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const hasRows = rows.some((row) => !isBlankRow(row));
  const canAdd = checked !== null && !stale && checked.report.problemCount === 0 && checked.report.okCount > 0;

  // Any edit makes the last check outdated; the edited row loses its old message.
  const markEdited = (keys: string[]) => {
    setStale(true);
    setAdded(null);
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !keys.includes(key))));
  };

  const handleRowChange = (key: string, change: Partial<Omit<FastOrderRowValue, 'key'>>) => {
    updateRow(key, change);
    markEdited([key]);
  };

  const handleRemoveRows = (keys: string[]) => {
    removeRows(keys);
    markEdited(keys);
  };

  const handleImported = (parsed: Parameters<typeof appendParsed>[0]) => {
    appendParsed(parsed);
    markEdited([]);
  };

  const applyReport = (report: FastOrderReportFieldsFragment, keys: string[]) => {
    const next = { report, sentKeys: keys };
    setChecked(next);
    setStale(false);
    setProblems(problemsByKey(next));
  };

  const handleCheck = async () => {
    const { inputs, keys } = toRowInputs(rows);
    setErrors([]);
    setAdded(null);
    try {
      const report = await validateFastOrder(inputs);
      if (!report) return;
      setErrors(report.userErrors);
      applyReport(report, keys);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const handleAddToCart = async () => {
    const { inputs, keys } = toRowInputs(rows);
    setErrors([]);
    try {
      const payload = await addFastOrderToCart(inputs);
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        // Nothing was added: show why, with the fresh report.
        setErrors(payload.userErrors);
        applyReport(payload.report, keys);
        return;
      }
      setAdded(payload.report.okCount);
      setChecked(null);
      setProblems({});
      reset();
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const problemKeys = Object.keys(problems);

  return (
    <Stack gap="lg">
      {added !== null && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={t('fastOrder.addedTitle')}
          role="status"
        >
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">{t('fastOrder.added', { count: added })}</Text>
            <Button component={Link} to={paths.cart} size="xs" leftSection={<IconShoppingCartPlus size={16} />}>
              {t('fastOrder.toCart')}
            </Button>
          </Group>
        </Alert>
      )}
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card>
            <Stack gap="md">
              <SectionHeading title={t('fastOrder.rowsTitle')} description={t('fastOrder.rowsDescription')} />
              <FastOrderRowsEditor
                rows={rows}
                problems={problems}
                onRowChange={handleRowChange}
                onRemoveRow={(key) => handleRemoveRows([key])}
                onAddRow={addRow}
              />
              <UserErrorAlert title={t('fastOrder.notAdded')} errors={errors} />
              {stale && checked && (
                <Text size="sm" c="dimmed">
                  {t('fastOrder.stale')}
                </Text>
              )}
              <Group justify="space-between" wrap="wrap">
                <Group gap="sm">
                  <Button
                    variant="default"
                    leftSection={<IconChecklist size={18} />}
                    onClick={() => void handleCheck()}
                    loading={checking}
                    disabled={!hasRows}
                  >
                    {t('fastOrder.check')}
                  </Button>
                  {problemKeys.length > 0 && (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrashX size={16} />}
                      onClick={() => handleRemoveRows(problemKeys)}
                    >
                      {t('fastOrder.removeProblemRows', { count: problemKeys.length })}
                    </Button>
                  )}
                </Group>
                <Button
                  leftSection={<IconShoppingCartPlus size={18} />}
                  onClick={() => void handleAddToCart()}
                  loading={adding}
                  disabled={!canAdd}
                >
                  {t('fastOrder.addToCart')}
                </Button>
              </Group>
              {!canAdd && hasRows && (
                <Group gap={6}>
                  <IconAlertTriangle size={14} color="var(--mantine-color-gray-6)" aria-hidden />
                  <Text size="xs" c="dimmed">
                    {t('fastOrder.checkFirst')}
                  </Text>
                </Group>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card>
            <FastOrderImport onRows={handleImported} />
          </Card>
        </Grid.Col>
      </Grid>
      {checked && checked.report.rows.length > 0 && (
        <Card>
          <Title order={2} fz="lg" mb="md">
            {t('fastOrder.report.title')}
          </Title>
          <FastOrderReportTable report={checked.report} />
        </Card>
      )}
    </Stack>
  );
}

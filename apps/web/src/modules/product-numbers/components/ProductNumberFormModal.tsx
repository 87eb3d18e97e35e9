import { LIMITS } from '@branchline/graphql-types';
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserErrorItem } from '../../../lib/user-errors';
import { FormActions } from '../../../ui/FormActions';
import { UserErrorAlert } from '../../../ui/UserErrorAlert';
import { useCreateCustomerProductNumber } from '../hooks/useCreateCustomerProductNumber';
import { useUpdateCustomerProductNumber } from '../hooks/useUpdateCustomerProductNumber';
import type { PickedProduct } from './ProductPicker';
import { ProductPicker } from './ProductPicker';

// Either a new number (pick a product, or the product is given) or a change to an existing one.
export type ProductNumberFormTarget =
  | { mode: 'create'; product: PickedProduct | null }
  | { mode: 'edit'; id: string; number: string; product: PickedProduct };

export interface ProductNumberFormModalProps {
  target: ProductNumberFormTarget | null;
  onClose: () => void;
  onSaved: (number: string) => void;
}

function isNumberError(error: UserErrorItem): boolean {
  return error.field?.includes('number') ?? false;
}

function isProductError(error: UserErrorItem): boolean {
  return error.field?.includes('productId') ?? false;
}

interface ProductNumberFormProps {
  target: ProductNumberFormTarget;
  onClose: () => void;
  onSaved: (number: string) => void;
}

function ProductNumberForm({ target, onClose, onSaved }: ProductNumberFormProps) {
  const { t } = useTranslation();
  const [product, setProduct] = useState<PickedProduct | null>(target.product);
  const [number, setNumber] = useState(target.mode === 'edit' ? target.number : '');
  const [errors, setErrors] = useState<UserErrorItem[]>([]);
  const [failed, setFailed] = useState(false);
  const { create, loading: creating } = useCreateCustomerProductNumber();
  const { update, loading: updating } = useUpdateCustomerProductNumber();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = number.trim();
    const local: UserErrorItem[] = [];
    if (!trimmed)
      local.push({ code: 'REQUIRED', field: ['input', 'number'], message: t('productNumbers.numberRequired') });
    if (target.mode === 'create' && !product) {
      local.push({ code: 'REQUIRED', field: ['input', 'productId'], message: t('productNumbers.productRequired') });
    }
    if (local.length > 0) {
      setErrors(local);
      return;
    }
    setFailed(false);
    try {
      const userErrors =
        target.mode === 'edit' ? await update(target.id, trimmed) : await create(product?.id ?? '', trimmed);
      setErrors(userErrors);
      if (userErrors.length === 0) onSaved(trimmed);
    } catch {
      setFailed(true);
    }
  };

  const numberError = errors
    .filter(isNumberError)
    .map((error) => error.message)
    .join(' ');
  const productError = errors
    .filter(isProductError)
    .map((error) => error.message)
    .join(' ');
  const otherErrors = errors.filter((error) => !isNumberError(error) && !isProductError(error));

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        {target.mode === 'create' && !target.product ? (
          <ProductPicker value={product} onChange={setProduct} error={productError || undefined} />
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('productNumbers.product')}
            </Text>
            <Text size="sm">{target.product?.label}</Text>
          </Stack>
        )}
        <TextInput
          label={t('productNumbers.number')}
          placeholder={t('productNumbers.numberPlaceholder')}
          value={number}
          onChange={(event) => setNumber(event.currentTarget.value)}
          error={numberError || undefined}
          required
          data-autofocus={target.mode === 'edit' || Boolean(target.product) || undefined}
          maxLength={LIMITS.productNumber.maxLength}
        />
        <UserErrorAlert title={t('productNumbers.saveFailed')} errors={otherErrors} />
        {failed && (
          <UserErrorAlert
            title={t('productNumbers.saveFailed')}
            errors={[{ code: 'NETWORK', message: t('errors.network') }]}
          />
        )}
        <FormActions
          cancelLabel={t('common.cancel')}
          submitLabel={t('common.save')}
          submitting={creating || updating}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

export function ProductNumberFormModal({ target, onClose, onSaved }: ProductNumberFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('productNumbers.editTitle') : t('productNumbers.createTitle')}
      size="lg"
    >
      {/* Keyed by target: each opening starts from its values, not from what the last dialog left behind. */}
      {target && (
        <ProductNumberForm
          key={target.mode === 'edit' ? target.id : `new-${target.product?.id ?? ''}`}
          target={target}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

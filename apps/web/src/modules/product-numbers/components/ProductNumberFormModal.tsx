import { LIMITS } from '@branchline/graphql-types';
import { Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { requiredErrors } from '../../../lib/required-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import type { UserErrorItem } from '../../../lib/user-errors';
import { FormModal } from '../../../ui/FormModal';
import { SaveForm } from '../../../ui/SaveForm';
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

type ProductNumberFormProps = Omit<ProductNumberFormModalProps, 'target'> & { target: ProductNumberFormTarget };

function ProductNumberForm({ target, onClose, onSaved }: ProductNumberFormProps) {
  const { t } = useTranslation();
  const [product, setProduct] = useState<PickedProduct | null>(target.product);
  const [number, setNumber] = useState(target.mode === 'edit' ? target.number : '');
  const { create, loading: creating } = useCreateCustomerProductNumber();
  const { update, loading: updating } = useUpdateCustomerProductNumber();
  const trimmed = number.trim();
  const { errors, onSubmit } = useFormSubmit({
    check: () => {
      const local = requiredErrors({ number }, t('productNumbers.numberRequired'));
      if (target.mode === 'create' && !product) {
        local.push({ code: 'REQUIRED', field: ['input', 'productId'], message: t('productNumbers.productRequired') });
      }
      return local;
    },
    save: () => (target.mode === 'edit' ? update(target.id, trimmed) : create(product?.id ?? '', trimmed)),
    onSaved: () => onSaved(trimmed),
  });

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
    <SaveForm
      onSubmit={onSubmit}
      errors={otherErrors}
      errorTitle={t('productNumbers.saveFailed')}
      submitting={creating || updating}
      onCancel={onClose}
    >
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
    </SaveForm>
  );
}

export function ProductNumberFormModal({ target, onClose, onSaved }: ProductNumberFormModalProps) {
  const { t } = useTranslation();
  const titles = { create: t('productNumbers.createTitle'), edit: t('productNumbers.editTitle') };
  return (
    <FormModal target={target} titles={titles} size="lg" onClose={onClose}>
      {(shown) => <ProductNumberForm target={shown} onClose={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}

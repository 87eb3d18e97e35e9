import { LIMITS } from '@branchline/graphql-types';
import { Loader, NumberInput, Table, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../../../lib/use-format';
import { IconAction } from '../../../ui/IconAction';
import { NumberCell } from '../../../ui/NumberCell';
import type { CartLineChange } from '../hooks/useUpdateCartLine';
import type { CartLineData } from '../model/cart-types';
import { CartProductCell } from './CartProductCell';

export interface CartLineRowProps {
  line: CartLineData;
  // Resolves to the API's message when it refused the change, else null.
  onChange: (lineId: string, change: CartLineChange) => Promise<string | null>;
  onRemove: (lineId: string) => Promise<void>;
}

export function CartLineRow({ line, onChange, onRemove }: CartLineRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [quantity, setQuantity] = useState<string | number>(line.quantity);
  const [comment, setComment] = useState(line.comment ?? '');
  const [quantityError, setQuantityError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [seen, setSeen] = useState({ quantity: line.quantity, comment: line.comment });

  // Another tab or a reorder changed the line: show the server's values again.
  if (seen.quantity !== line.quantity || seen.comment !== line.comment) {
    setSeen({ quantity: line.quantity, comment: line.comment });
    setQuantity(line.quantity);
    setComment(line.comment ?? '');
  }

  const unit = line.product?.unit ?? '';
  const hint = line.product
    ? t('cart.quantityHint', {
        min: format.number(line.product.minQuantity),
        pack: format.number(line.product.packSize),
        unit,
      })
    : undefined;

  const handleQuantityCommit = async () => {
    const next = typeof quantity === 'number' ? quantity : Number.parseInt(quantity, 10);
    if (next === line.quantity) {
      setQuantityError(null);
      return;
    }
    setSaving(true);
    try {
      // Non-numbers go to the API as 0 so the user sees its message instead of a silent reset.
      setQuantityError(await onChange(line.id, { quantity: Number.isFinite(next) ? next : 0 }));
    } finally {
      setSaving(false);
    }
  };

  const handleCommentCommit = async () => {
    if (comment.trim() === (line.comment ?? '')) return;
    setSaving(true);
    try {
      setCommentError(await onChange(line.id, { comment }));
    } finally {
      setSaving(false);
    }
  };

  const handleEnter = (commit: () => Promise<void>) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void commit();
  };

  const handleRemove = async () => {
    setRemoving(true);
    try {
      await onRemove(line.id);
    } finally {
      setRemoving(false);
    }
  };

  const problem = quantityError ? null : line.problem?.message;

  return (
    <Table.Tr data-testid="cart-line">
      <Table.Td>
        <CartProductCell line={line} />
      </Table.Td>
      <Table.Td w={230}>
        <NumberInput
          aria-label={t('cart.quantityFor', { name: line.name })}
          value={quantity}
          onChange={setQuantity}
          onBlur={() => void handleQuantityCommit()}
          onKeyDown={handleEnter(handleQuantityCommit)}
          min={1}
          step={line.product?.packSize ?? 1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          // No silent clamping: a wrong quantity goes to the API, whose message says what would be right.
          clampBehavior="none"
          rightSection={saving ? <Loader size={14} /> : undefined}
          error={quantityError ?? problem ?? undefined}
          description={quantityError || problem ? undefined : hint}
          size="sm"
        />
      </Table.Td>
      <Table.Td miw={200}>
        <TextInput
          aria-label={t('cart.commentFor', { name: line.name })}
          placeholder={t('cart.commentPlaceholder')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          onBlur={() => void handleCommentCommit()}
          onKeyDown={handleEnter(handleCommentCommit)}
          error={commentError}
          maxLength={LIMITS.lineComment.maxLength}
          size="sm"
        />
      </Table.Td>
      <NumberCell>{line.unitPrice ? format.unitPrice(line.unitPrice) : t('common.none')}</NumberCell>
      <NumberCell strong>{line.netAmount ? format.money(line.netAmount) : t('common.none')}</NumberCell>
      <Table.Td w={48}>
        <IconAction
          label={t('cart.remove', { name: line.name })}
          icon={<IconTrash size={18} />}
          color="red"
          onClick={() => void handleRemove()}
          loading={removing}
        />
      </Table.Td>
    </Table.Tr>
  );
}

import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess, TransactionalContext } from '../../common/database/data-access';
import { notFound } from '../../common/errors/graphql-errors';
import { RollbackWithUserErrors } from '../../common/errors/rollback-with-user-errors';
import { UserError, userError } from '../../common/errors/user-error.type';
import { LIMITS } from '../../common/limits';
import { CartService, MAX_LINE_COMMENT_LENGTH } from '../cart/cart.service';
import { AddressesService } from '../companies/addresses.service';
import { CompanyAddress } from '../companies/company-address.entity';
import { CostCenter } from '../companies/cost-center.entity';
import { CostCentersService } from '../companies/cost-centers.service';
import { postalAddressOf } from '../companies/postal-address.types';
import { AddressSnapshot, Order } from '../orders/order.entity';
import { toOrderNode } from '../orders/order.mapper';
import { OrderWriter } from '../orders/order-writer';
import {
  CheckoutAddressInput,
  ExpressCheckoutInput,
  NewAddressInput,
  ShippingAddressInput,
  SubmitOrderInput,
  SubmitOrderPayload,
} from './checkout.types';
import { CheckoutOptionsService, ResolvedDefaults } from './checkout-options.service';
import { PaymentMethod } from './payment-method.entity';
import { ShippingMethod } from './shipping-method.entity';

const MAX_KEY_LENGTH = LIMITS.idempotencyKey.maxLength;
const MAX_PO_NUMBER_LENGTH = LIMITS.purchaseOrderNumber.maxLength;
const MAX_NOTE_LENGTH = LIMITS.orderNote.maxLength;
const MAX_ADDRESS_FIELD_LENGTH = LIMITS.addressLine.maxLength;

@Injectable()
export class CheckoutService {
  constructor(
    private readonly data: DataAccess,
    private readonly cart: CartService,
    private readonly addresses: AddressesService,
    private readonly costCenters: CostCentersService,
    private readonly options: CheckoutOptionsService,
    private readonly orders: OrderWriter,
  ) {}

  // Express checkout is a submit with every choice left to the stored defaults.
  express(context: RequestContext, input: ExpressCheckoutInput): Promise<SubmitOrderPayload> {
    return this.submit(context, { idempotencyKey: input.idempotencyKey });
  }

  // One transaction: claim the key, lock the cart, validate and re-price everything, write the order
  // (OrderWriter numbers and inserts it), empty the cart. Any userError or failure rolls all of it back, key included, so the cart stays as it was.
  async submit(context: RequestContext, input: SubmitOrderInput): Promise<SubmitOrderPayload> {
    const key = input.idempotencyKey.trim();
    if (!key || key.length > MAX_KEY_LENGTH) {
      const message = `The idempotency key must have 1 to ${MAX_KEY_LENGTH} characters.`;
      return failed([userError('INVALID_IDEMPOTENCY_KEY', message, ['input', 'idempotencyKey'])]);
    }
    return this.data.mutate(context, (tx) => this.submitCart(tx, key, input), failed);
  }

  private async submitCart(
    tx: TransactionalContext,
    key: string,
    input: SubmitOrderInput,
  ): Promise<SubmitOrderPayload> {
    const firstOrderId = await this.claimKey(tx, key);
    if (firstOrderId) {
      const order = await tx.manager.findOneOrFail(Order, {
        where: { id: firstOrderId, companyId: tx.requireCompany().companyId },
      });
      return { order: toOrderNode(order), replayed: true, userErrors: [] };
    }

    // Ids first: a foreign or unknown id is NOT_FOUND whatever else is wrong.
    const errors: UserError[] = [];
    const defaults = await this.options.defaults(tx);
    const billingAddress = await this.billingAddress(tx, input.billingAddress, defaults, errors);
    const shippingAddress = await this.shippingAddress(tx, input.shippingAddress, billingAddress, defaults, errors);
    const costCenter = await this.costCenter(tx, input.costCenterId, defaults, errors);
    const shippingMethod = await this.choice(
      input.shippingMethodId ? this.options.shippingMethod(tx, input.shippingMethodId) : null,
      defaults.shippingMethod,
      ['input', 'shippingMethodId'],
      'Choose a shipping method.',
      errors,
    );
    const paymentMethod = await this.choice(
      input.paymentMethodId ? this.options.paymentMethod(tx, input.paymentMethodId) : null,
      defaults.paymentMethod,
      ['input', 'paymentMethodId'],
      'Choose a payment method.',
      errors,
    );
    const purchaseOrderNumber = optionalText(input.purchaseOrderNumber);
    if (purchaseOrderNumber && purchaseOrderNumber.length > MAX_PO_NUMBER_LENGTH) {
      const message = `The PO number can have at most ${MAX_PO_NUMBER_LENGTH} characters.`;
      errors.push(userError('TOO_LONG', message, ['input', 'purchaseOrderNumber']));
    }
    const note = optionalText(input.note);
    if (note && note.length > MAX_NOTE_LENGTH) {
      errors.push(userError('TOO_LONG', `The note can have at most ${MAX_NOTE_LENGTH} characters.`, ['input', 'note']));
    }
    const cartId = await this.cart.lockCart(tx);
    const rows = cartId ? await this.cart.lineRows(tx) : [];
    if (!cartId || rows.length === 0) {
      throw new RollbackWithUserErrors([userError('EMPTY_CART', 'Your cart is empty.'), ...errors]);
    }
    const comments = new Map(rows.map((row) => [row.id, row.comment]));
    (input.lineComments ?? []).forEach((lineComment, index) => {
      if (!comments.has(lineComment.lineId)) throw notFound('Cart line');
      const comment = optionalText(lineComment.comment);
      if (comment && comment.length > MAX_LINE_COMMENT_LENGTH) {
        const message = `A line comment can have at most ${MAX_LINE_COMMENT_LENGTH} characters.`;
        errors.push(userError('TOO_LONG', message, ['input', 'lineComments', String(index), 'comment']));
      }
      comments.set(lineComment.lineId, comment);
    });

    // Today's prices and availability, read inside the transaction.
    const cart = await this.cart.price(tx, rows);
    cart.lines.forEach((line, index) => {
      if (line.problem)
        errors.push(userError(line.problem.code, line.problem.message, ['cart', 'lines', String(index)]));
    });
    if (errors.length) throw new RollbackWithUserErrors(errors);

    const order = await this.orders.place(tx, {
      currency: rows[0].currency,
      lines: cart.lines.map((line) => ({
        productId: line.productId,
        sku: line.sku,
        name: line.name,
        quantity: line.quantity,
        unitPrice: line.unitPrice!.amount,
        taxRate: line.taxRate,
        comment: comments.get(line.id) ?? null,
      })),
      billingAddress: billingAddress!,
      shippingAddress: shippingAddress!,
      shippingMethod: shippingMethod!,
      paymentMethod: paymentMethod!,
      costCenterId: costCenter?.id ?? null,
      purchaseOrderNumber,
      note,
      // Impersonation arrives with the sales module; until then only employees place orders.
      placedByRepId: null,
    });
    await tx.manager.query(
      'UPDATE order_idempotency_keys SET order_id = $4 WHERE company_id = $1 AND user_id = $2 AND key = $3',
      [order.companyId, order.placedById, key, order.id],
    );
    await this.cart.emptyCart(tx, cartId);
    return { order: toOrderNode(order), replayed: false, userErrors: [] };
  }

  // Inserting the key first makes a concurrent submit with the same key wait on the unique index until this
  // transaction ends; then it sees the committed key and answers with the same order.
  private async claimKey(tx: TransactionalContext, key: string): Promise<string | null> {
    const scope = [tx.requireCompany().companyId, tx.requireActor.userId, key];
    const claimed = await tx.manager.query<unknown[]>(
      `INSERT INTO order_idempotency_keys (company_id, user_id, key) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      scope,
    );
    if (claimed.length) return null;
    const [first] = await tx.manager.query<Array<{ order_id: string | null }>>(
      'SELECT order_id FROM order_idempotency_keys WHERE company_id = $1 AND user_id = $2 AND key = $3',
      scope,
    );
    if (!first?.order_id) throw new Error('Idempotency key without an order');
    return first.order_id;
  }

  private async billingAddress(
    tx: TransactionalContext,
    input: CheckoutAddressInput | null | undefined,
    defaults: ResolvedDefaults,
    errors: UserError[],
  ): Promise<AddressSnapshot | null> {
    const field = ['input', 'billingAddress'];
    const chosen = await this.address(tx, input, field, errors);
    if (chosen !== undefined) return chosen;
    if (defaults.billingAddress) return snapshotOf(defaults.billingAddress);
    errors.push(userError('REQUIRED', 'Choose or enter a billing address.', field));
    return null;
  }

  private async shippingAddress(
    tx: TransactionalContext,
    input: ShippingAddressInput | null | undefined,
    billing: AddressSnapshot | null,
    defaults: ResolvedDefaults,
    errors: UserError[],
  ): Promise<AddressSnapshot | null> {
    const field = ['input', 'shippingAddress'];
    if (input?.sameAsBilling) {
      if (input.addressId || input.address) {
        errors.push(
          userError('AMBIGUOUS_ADDRESS', 'Either ship to the billing address or give another address.', field),
        );
      }
      return billing;
    }
    const chosen = await this.address(tx, input, field, errors);
    if (chosen !== undefined) return chosen;
    if (defaults.shippingAddress) return snapshotOf(defaults.shippingAddress);
    errors.push(userError('REQUIRED', 'Choose or enter a shipping address.', field));
    return null;
  }

  // undefined: nothing given (use the default); null: given but invalid (a userError was added).
  private async address(
    tx: TransactionalContext,
    input: CheckoutAddressInput | null | undefined,
    field: string[],
    errors: UserError[],
  ): Promise<AddressSnapshot | null | undefined> {
    if (!input || (!input.addressId && !input.address)) return undefined;
    if (input.addressId && input.address) {
      errors.push(userError('AMBIGUOUS_ADDRESS', 'Pick an address or enter one, not both.', field));
      return null;
    }
    if (input.addressId) return snapshotOf(await this.addresses.find(tx, input.addressId));
    return enteredAddress(input.address!, [...field, 'address'], errors);
  }

  private async costCenter(
    tx: TransactionalContext,
    costCenterId: string | null | undefined,
    defaults: ResolvedDefaults,
    errors: UserError[],
  ): Promise<CostCenter | null> {
    const costCenter = costCenterId ? await this.costCenters.find(tx, costCenterId) : defaults.costCenter;
    if (costCenter && !costCenter.active) {
      const message = `Cost center ${costCenter.code} ${costCenter.name} is no longer active. Choose another one.`;
      errors.push(userError('COST_CENTER_INACTIVE', message, ['input', 'costCenterId']));
    }
    return costCenter;
  }

  private async choice<T extends ShippingMethod | PaymentMethod>(
    chosen: Promise<T> | null,
    fallback: T | null,
    field: string[],
    message: string,
    errors: UserError[],
  ): Promise<T | null> {
    const value = chosen ? await chosen : fallback;
    if (!value) errors.push(userError('REQUIRED', message, field));
    return value;
  }
}

function failed(userErrors: UserError[]): SubmitOrderPayload {
  return { order: null, replayed: false, userErrors };
}

function optionalText(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function snapshotOf(address: CompanyAddress): AddressSnapshot {
  return { addressId: address.id, ...postalAddressOf(address) };
}

function enteredAddress(input: NewAddressInput, field: string[], errors: UserError[]): AddressSnapshot | null {
  const required = {
    companyName: input.companyName,
    street: input.street,
    postalCode: input.postalCode,
    city: input.city,
  };
  let valid = true;
  for (const [name, value] of Object.entries(required)) {
    const text = value.trim();
    if (!text || text.length > MAX_ADDRESS_FIELD_LENGTH) {
      errors.push(
        userError('INVALID_ADDRESS', `Enter ${name} (at most ${MAX_ADDRESS_FIELD_LENGTH} characters).`, [
          ...field,
          name,
        ]),
      );
      valid = false;
    }
  }
  const countryCode = input.countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) {
    errors.push(
      userError('INVALID_ADDRESS', 'The country must be a two-letter ISO code, e.g. DE.', [...field, 'countryCode']),
    );
    valid = false;
  }
  if (!valid) return null;
  return {
    addressId: null,
    companyName: input.companyName.trim(),
    contactName: optionalText(input.contactName),
    street: input.street.trim(),
    postalCode: input.postalCode.trim(),
    city: input.city.trim(),
    countryCode,
  };
}

import type {
  CheckoutAddressInput,
  NewAddressInput,
  ShippingAddressInput,
  SubmitOrderInput,
} from '@branchline/graphql-types';

import type { UserErrorItem } from '../../../lib/user-errors';
import type { CartData } from '../../cart/model/cart-types';
import type { CheckoutOptions } from './checkout-options';

export type AddressMode = 'book' | 'new';

export interface AddressChoiceValues {
  mode: AddressMode;
  addressId: string | null;
  address: NewAddressInput & { contactName: string };
}

export interface CheckoutFormValues {
  billing: AddressChoiceValues;
  shippingSameAsBilling: boolean;
  shipping: AddressChoiceValues;
  costCenterId: string | null;
  purchaseOrderNumber: string;
  note: string;
  shippingMethodId: string | null;
  paymentMethodId: string | null;
  lineComments: Record<string, string>;
}

const EMPTY_ADDRESS = { companyName: '', contactName: '', street: '', postalCode: '', city: '', countryCode: 'DE' };

function addressChoice(addressId: string | null | undefined, bookSize: number): AddressChoiceValues {
  return {
    mode: addressId || bookSize > 0 ? 'book' : 'new',
    addressId: addressId ?? null,
    address: { ...EMPTY_ADDRESS },
  };
}

// Preselects the company's express-checkout defaults, so a normal checkout starts where express would end.
export function initialCheckoutValues(options: CheckoutOptions, cart: CartData): CheckoutFormValues {
  const defaults = options.checkoutDefaults;
  const billingId = defaults.billingAddress?.id ?? null;
  const shippingId = defaults.shippingAddress?.id ?? null;
  const sameAsBilling = !shippingId || shippingId === billingId;
  return {
    billing: addressChoice(billingId, options.billingAddresses.edges.length),
    shippingSameAsBilling: sameAsBilling,
    shipping: addressChoice(sameAsBilling ? null : shippingId, options.shippingAddresses.edges.length),
    costCenterId: defaults.costCenter?.active ? defaults.costCenter.id : null,
    purchaseOrderNumber: '',
    note: '',
    shippingMethodId: defaults.shippingMethod?.id ?? null,
    paymentMethodId: defaults.paymentMethod?.id ?? null,
    lineComments: Object.fromEntries(cart.lines.map((line) => [line.id, line.comment ?? ''])),
  };
}

function addressInput(choice: AddressChoiceValues): CheckoutAddressInput {
  if (choice.mode === 'book') return { addressId: choice.addressId };
  const { contactName, ...rest } = choice.address;
  return {
    address: { ...rest, countryCode: rest.countryCode.trim().toUpperCase(), contactName: contactName.trim() || null },
  };
}

export function toSubmitOrderInput(
  values: CheckoutFormValues,
  cart: CartData,
  idempotencyKey: string,
): SubmitOrderInput {
  const shippingAddress: ShippingAddressInput = values.shippingSameAsBilling
    ? { sameAsBilling: true }
    : addressInput(values.shipping);
  return {
    idempotencyKey,
    billingAddress: addressInput(values.billing),
    shippingAddress,
    costCenterId: values.costCenterId,
    purchaseOrderNumber: values.purchaseOrderNumber.trim() || null,
    note: values.note.trim() || null,
    shippingMethodId: values.shippingMethodId,
    paymentMethodId: values.paymentMethodId,
    lineComments: cart.lines.map((line) => ({ lineId: line.id, comment: values.lineComments[line.id] ?? '' })),
  };
}

// The API points each userError at its input field; map those paths onto the form's fields. Whatever has
// no field of its own (empty cart, a line problem) is returned for a summary alert.
export function checkoutFieldErrors(
  userErrors: UserErrorItem[],
  cart: CartData,
): { fieldErrors: Record<string, string>; otherErrors: UserErrorItem[] } {
  const fieldErrors: Record<string, string> = {};
  const otherErrors: UserErrorItem[] = [];
  for (const error of userErrors) {
    const path = error.field ?? [];
    const formPath = formPathFor(path, cart);
    if (formPath)
      fieldErrors[formPath] = fieldErrors[formPath] ? `${fieldErrors[formPath]} ${error.message}` : error.message;
    else otherErrors.push(error);
  }
  return { fieldErrors, otherErrors };
}

function formPathFor(path: readonly string[], cart: CartData): string | null {
  if (path[0] !== 'input' || path.length < 2) return null;
  const [, field, ...rest] = path;
  switch (field) {
    case 'billingAddress':
    case 'shippingAddress': {
      const choice = field === 'billingAddress' ? 'billing' : 'shipping';
      if (rest[0] === 'address' && rest[1]) return `${choice}.address.${rest[1]}`;
      return `${choice}.addressId`;
    }
    case 'lineComments': {
      const line = cart.lines[Number(rest[0])];
      return line ? `lineComments.${line.id}` : null;
    }
    case 'costCenterId':
    case 'purchaseOrderNumber':
    case 'note':
    case 'shippingMethodId':
    case 'paymentMethodId':
      return field;
    default:
      return null;
  }
}

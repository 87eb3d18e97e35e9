import Decimal from 'decimal.js';

export type TotalsLine = { unitPrice: Decimal.Value; quantity: number; taxRate: Decimal.Value };

export type LineAmounts = { net: string; tax: string };

export type OrderTotals = {
  lines: LineAmounts[];
  shippingNet: string;
  shippingTax: string;
  net: string;
  tax: string;
  gross: string;
};

const cents = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

// Each line's net and tax are rounded half up to cents, then summed, so the totals always equal the sum
// of what the lines show. Shipping is net and taxed at the highest rate among the lines (the goods' main rate).
export function orderTotals(lines: readonly TotalsLine[], shippingCost: Decimal.Value = 0): OrderTotals {
  let net = new Decimal(0);
  let tax = new Decimal(0);
  let highestRate = new Decimal(0);
  const amounts = lines.map((line) => {
    const lineNet = cents(new Decimal(line.unitPrice).times(line.quantity));
    const lineTax = cents(lineNet.times(line.taxRate).dividedBy(100));
    net = net.plus(lineNet);
    tax = tax.plus(lineTax);
    highestRate = Decimal.max(highestRate, line.taxRate);
    return { net: lineNet.toFixed(2), tax: lineTax.toFixed(2) };
  });
  const shippingNet = cents(new Decimal(shippingCost));
  const shippingTax = cents(shippingNet.times(highestRate).dividedBy(100));
  net = net.plus(shippingNet);
  tax = tax.plus(shippingTax);
  return {
    lines: amounts,
    shippingNet: shippingNet.toFixed(2),
    shippingTax: shippingTax.toFixed(2),
    net: net.toFixed(2),
    tax: tax.toFixed(2),
    gross: net.plus(tax).toFixed(2),
  };
}

import { ACME, DemoCompany, GLOBEX } from './company-data';
import { SeededRandom } from './seeded-random';

export interface DemoAddress {
  customerNumber: string;
  label: string;
  companyName: string;
  contactName: string | null;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  isBilling: boolean;
  isShipping: boolean;
  isDefaultBilling: boolean;
  isDefaultShipping: boolean;
}

export interface DemoCostCenter {
  customerNumber: string;
  code: string;
  name: string;
  active: boolean;
}

export interface DemoCheckoutDefaults {
  customerNumber: string;
  // Labels and codes, resolved to ids on insert.
  billingLabel: string;
  shippingLabel: string;
  shippingMethodCode: string;
  paymentMethodCode: string;
  costCenterCode: string;
}

export const SHIPPING_METHODS = [
  { code: 'standard', name: 'Standard delivery (2-3 days)', price: '9.90', position: 1 },
  { code: 'express', name: 'Express delivery (next day)', price: '24.90', position: 2 },
  { code: 'pickup', name: 'Pickup at the branch', price: '0.00', position: 3 },
] as const;

export const PAYMENT_METHODS = [
  { code: 'invoice', name: 'Invoice (30 days net)', position: 1 },
  { code: 'direct_debit', name: 'Direct debit', position: 2 },
  { code: 'credit_card', name: 'Credit card', position: 3 },
] as const;

const COST_CENTERS = [
  ['CC-100', 'Maintenance'],
  ['CC-200', 'Production'],
  ['CC-300', 'Logistics'],
  ['CC-400', 'Facility management'],
  ['CC-500', 'Workshop'],
  ['CC-600', 'Construction sites'],
] as const;

const STREETS = ['Industriestraße', 'Hafenweg', 'Gewerbepark', 'Am Bahnhof', 'Werkstraße', 'Lagerhausstraße'];
const SITES = ['Warehouse', 'Plant 2', 'Site office'];

// Address books (head office for billing and shipping, plus one to three other sites), cost centers for
// B2B customers (Acme keeps one retired), and express-checkout defaults for Acme and Globex.
export type CheckoutData = {
  addresses: DemoAddress[];
  costCenters: DemoCostCenter[];
  defaults: DemoCheckoutDefaults[];
};

export function buildCheckoutData(random: SeededRandom, companies: readonly DemoCompany[]): CheckoutData {
  const addresses: DemoAddress[] = [];
  const costCenters: DemoCostCenter[] = [];
  for (const company of companies) {
    const postalCode = () => String(random.int(10000, 99999)).slice(0, company.countryCode === 'DE' ? 5 : 4);
    const address = (label: string, street: string, overrides: Partial<DemoAddress>): DemoAddress => ({
      customerNumber: company.customerNumber,
      label,
      companyName: company.name,
      contactName: null,
      street,
      postalCode: postalCode(),
      city: company.city,
      countryCode: company.countryCode,
      isBilling: false,
      isShipping: true,
      isDefaultBilling: false,
      isDefaultShipping: false,
      ...overrides,
    });
    addresses.push(
      address('Head office', `${random.pick(STREETS)} ${random.int(1, 120)}`, {
        isBilling: true,
        isDefaultBilling: true,
        isDefaultShipping: true,
      }),
    );
    const siteCount = company.kind === 'b2c' ? 1 : random.int(1, 3);
    for (const site of SITES.slice(0, siteCount)) {
      addresses.push(address(site, `${random.pick(STREETS)} ${random.int(1, 120)}`, { contactName: 'Goods receipt' }));
    }
    if (company.kind !== 'b2b') continue;
    const count = company.customerNumber === ACME ? 4 : random.int(3, 6);
    for (const [code, name] of COST_CENTERS.slice(0, count)) {
      costCenters.push({ customerNumber: company.customerNumber, code, name, active: true });
    }
    if (company.customerNumber === ACME) {
      costCenters.push({ customerNumber: ACME, code: 'CC-900', name: 'Closed projects', active: false });
    }
  }
  const defaults: DemoCheckoutDefaults[] = [
    {
      customerNumber: ACME,
      billingLabel: 'Head office',
      shippingLabel: 'Warehouse',
      shippingMethodCode: 'standard',
      paymentMethodCode: 'invoice',
      costCenterCode: 'CC-100',
    },
    {
      customerNumber: GLOBEX,
      billingLabel: 'Head office',
      shippingLabel: 'Head office',
      shippingMethodCode: 'express',
      paymentMethodCode: 'invoice',
      costCenterCode: 'CC-200',
    },
  ];
  return { addresses, costCenters, defaults };
}

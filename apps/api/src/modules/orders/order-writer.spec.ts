import { companyIdByName, employeeContext, openSpecDatabase, SpecDatabase } from '../../../test/support/spec-database';
import { DataAccess } from '../../common/database/data-access';
import { AddressSnapshot } from './order.entity';
import { OrderNumbersService } from './order-numbers.service';
import { OrderDraft, OrderWriter } from './order-writer';

const address: AddressSnapshot = {
  addressId: null,
  companyName: 'Acme Industrial',
  contactName: null,
  street: 'Main Street 1',
  postalCode: '12345',
  city: 'Springfield',
  countryCode: 'DE',
};

describe('OrderWriter', () => {
  let db: SpecDatabase;
  let data: DataAccess;
  let writer: OrderWriter;
  let draft: OrderDraft;
  let acmeId: string;
  let buyerId: string;

  beforeAll(async () => {
    db = await openSpecDatabase();
    data = new DataAccess(db.dataSource);
    writer = new OrderWriter(new OrderNumbersService());
    acmeId = await companyIdByName(db, 'Acme Industrial');
    [{ id: buyerId }] = await db.rows<{ id: string }>(`SELECT id FROM users WHERE email = 'buyer@acme.test'`);
    const products = await db.rows<{ id: string; sku: string; name: string }>(
      'SELECT id, sku, name FROM products ORDER BY sku LIMIT 2',
    );
    const [shipping] = await db.rows<{ id: string; name: string; price: string }>(
      'SELECT id, name, price::text AS price FROM shipping_methods ORDER BY position LIMIT 1',
    );
    const [payment] = await db.rows<{ id: string; name: string }>(
      'SELECT id, name FROM payment_methods ORDER BY position LIMIT 1',
    );
    draft = {
      currency: 'EUR',
      lines: [
        {
          ...products[0],
          productId: products[0].id,
          quantity: 3,
          unitPrice: '10.005',
          taxRate: '19',
          comment: 'first',
        },
        { ...products[1], productId: products[1].id, quantity: 1, unitPrice: '2.50', taxRate: '7', comment: null },
      ],
      billingAddress: address,
      shippingAddress: address,
      shippingMethod: { ...shipping, price: '5.00' },
      paymentMethod: payment,
      costCenterId: null,
      purchaseOrderNumber: 'PO-1',
      note: null,
    };
  });

  afterAll(() => db.close());

  it("writes the order for the session's company with totals, the next SO number and numbered lines", async () => {
    const context = employeeContext({ companyId: acmeId }, [], buyerId);
    const year = new Date().getUTCFullYear();
    const [{ max }] = await db.rows<{ max: number | null }>(
      `SELECT max(substring(number FROM 9)::int) AS max FROM orders WHERE number LIKE $1`,
      [`SO-${year}-%`],
    );
    const first = await data.transaction(context, (tx) => writer.place(tx, draft));
    const second = await data.transaction(context, (tx) => writer.place(tx, draft));

    expect(first.number).toBe(`SO-${year}-${String((max ?? 0) + 1).padStart(6, '0')}`);
    expect(second.number).toBe(`SO-${year}-${String((max ?? 0) + 2).padStart(6, '0')}`);
    expect(first).toMatchObject({
      companyId: acmeId,
      placedById: buyerId,
      placedByRepId: null,
      status: 'open',
      lineCount: 2,
      // 3 × 10.005 = 30.02 (half up), 2.50, shipping 5.00; tax 5.70 + 0.18 + 0.95 (shipping at the highest rate).
      netTotal: '37.52',
      taxTotal: '6.83',
      grossTotal: '44.35',
      shippingCost: '5.00',
      purchaseOrderNumber: 'PO-1',
    });
    const lines = await db.rows<{ position: number; net_amount: string; comment: string | null }>(
      'SELECT position, net_amount::text, comment FROM order_lines WHERE order_id = $1 ORDER BY position',
      [first.id],
    );
    expect(lines).toEqual([
      { position: 1, net_amount: '30.02', comment: 'first' },
      { position: 2, net_amount: '2.50', comment: null },
    ]);
  });

  it('leaves neither the order nor its number behind when the surrounding transaction fails', async () => {
    const context = employeeContext({ companyId: acmeId }, [], buyerId);
    const before = await db.rows<{ count: number }>('SELECT count(*)::int AS count FROM orders');
    const counter = await db.rows('SELECT * FROM order_number_counters ORDER BY year');
    await expect(
      data.transaction(context, async (tx) => {
        await writer.place(tx, draft);
        throw new Error('payment refused');
      }),
    ).rejects.toThrow('payment refused');
    expect(await db.rows('SELECT count(*)::int AS count FROM orders')).toEqual(before);
    expect(await db.rows('SELECT * FROM order_number_counters ORDER BY year')).toEqual(counter);
  });
});

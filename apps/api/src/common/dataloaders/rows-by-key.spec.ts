import { manyByKey, oneByKey } from './rows-by-key';

describe('oneByKey', () => {
  it('answers one row per key in key order, null for keys nothing matched', () => {
    const rows = [
      { id: 'b', name: 'B' },
      { id: 'a', name: 'A' },
    ];
    expect(oneByKey(['a', 'x', 'b'], rows, (row) => row.id)).toEqual([
      { id: 'a', name: 'A' },
      null,
      { id: 'b', name: 'B' },
    ]);
  });

  it('answers the same row for a key asked twice', () => {
    const rows = [{ id: 'a' }];
    const answer = oneByKey(['a', 'a'], rows, (row) => row.id);
    expect(answer[0]).toBe(rows[0]);
    expect(answer[1]).toBe(rows[0]);
  });
});

describe('manyByKey', () => {
  it('groups rows per key in key order, keeping the query order inside a group, empty for no match', () => {
    const rows = [
      { orderId: 'o2', position: 1 },
      { orderId: 'o1', position: 1 },
      { orderId: 'o2', position: 2 },
    ];
    expect(manyByKey(['o1', 'o3', 'o2'], rows, (row) => row.orderId)).toEqual([
      [{ orderId: 'o1', position: 1 }],
      [],
      [
        { orderId: 'o2', position: 1 },
        { orderId: 'o2', position: 2 },
      ],
    ]);
  });
});

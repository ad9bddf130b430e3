import { deletionOrder } from '../agency-deletion.service';

describe('the order an agency deletion empties its tables in', () => {
  it('puts every table before the tables it references', () => {
    const order = deletionOrder([
      { name: 'seller_entities', parents: ['memberships'] },
      { name: 'attempts', parents: ['verification_cases'] },
      { name: 'memberships', parents: [] },
      { name: 'verification_cases', parents: ['seller_entities', 'representatives'] },
      { name: 'representatives', parents: ['seller_entities'] },
    ]);
    const before = (child: string, parent: string) =>
      expect(order.indexOf(child)).toBeLessThan(order.indexOf(parent));
    before('attempts', 'verification_cases');
    before('verification_cases', 'seller_entities');
    before('verification_cases', 'representatives');
    before('representatives', 'seller_entities');
    before('seller_entities', 'memberships');
    expect(order).toHaveLength(5);
  });

  it('still lists every table when references form a cycle', () => {
    expect(
      deletionOrder([
        { name: 'a', parents: ['b'] },
        { name: 'b', parents: ['a'] },
      ]).sort(),
    ).toEqual(['a', 'b']);
  });
});

import { parseSheetDate } from '../sheet-dates';

describe('parseSheetDate', () => {
  it.each([
    ['2027-03-05', '2027-03-05'],
    ['2027-3-5', '2027-03-05'],
    ['2027/3/5', '2027-03-05'],
    ['2027/03/05', '2027-03-05'],
    ['2027.3.5', '2027-03-05'],
    ['2027年3月5日', '2027-03-05'],
    ['2027年03月05日', '2027-03-05'],
    ['２０２７／３／５', '2027-03-05'],
    ['２０２７年１２月３１日', '2027-12-31'],
    [' 2027/3/5\t', '2027-03-05'],
    ['2028/2/29', '2028-02-29'],
  ])('reads %j as the calendar date %s', (cell, expected) => {
    expect(parseSheetDate(cell)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '  ', '长期', '长期有效', '永久', ' 长期 ', 'long-term', 'Long Term', 'LONG-TERM'])(
    'reads %j as long-term',
    (cell) => {
      expect(parseSheetDate(cell)).toEqual({ ok: true, value: null });
    },
  );

  it.each([
    '2027-02-30',
    '2027/13/1',
    '2027-3/5',
    '27/3/5',
    '3/5/2027',
    '2027年3月5',
    '2027-03-05T00:00',
    'long-time',
    '长期无效',
    'tomorrow',
  ])('refuses %j', (cell) => {
    expect(parseSheetDate(cell)).toEqual({ ok: false });
  });
});

import {
  IDENTIFIER_PASTE_MAX_LENGTH,
  identifierFieldValue,
  searchText,
} from '../modules/ui/utils/identifiers';

// A real USCC (GB 32100-2015 check character) as people paste it.
const USCC = '91350100M000100Y43';
const PASTES = [
  ['spaced in groups, from a licence scan', ' 9135 0100 M000 100Y 43 '],
  [
    'full-width and lower case, from a Chinese input method',
    '９１３５０１００ｍ０００１００ｙ４３',
  ],
  ['with a tab and an ideographic space', '\t91350100M000100Y43\u3000'],
];

describe('an identifier field', () => {
  it.each(PASTES)('keeps a USCC pasted %s whole, as the 18-character code', (_label, paste) => {
    // The field's limit applies to the paste as the browser inserts it, before normalisation.
    expect(paste.length).toBeLessThanOrEqual(IDENTIFIER_PASTE_MAX_LENGTH);
    expect(identifierFieldValue(paste.slice(0, IDENTIFIER_PASTE_MAX_LENGTH))).toBe(USCC);
  });

  it('holds a Lazada seller id typed full-width or with tabs as the API stores it', () => {
    expect(identifierFieldValue('ｔｈ１００００１')).toBe('TH100001');
    expect(identifierFieldValue('\tTH 100001\t')).toBe('TH100001');
    expect(identifierFieldValue(undefined)).toBe('');
  });
});

describe('the entity search box', () => {
  it.each(PASTES)('sends a USCC pasted %s as the code', (_label, paste) => {
    expect(searchText(paste)).toBe(USCC);
  });

  it('sends part of a USCC pasted with a space as that part', () => {
    expect(searchText('9131 0115 8TU7')).toBe('913101158TU7');
  });

  it('sends a name as typed, trimmed: spaces between words kept', () => {
    expect(searchText('  Lanting Trading ')).toBe('Lanting Trading');
    expect(searchText(' 深圳 海拓 ')).toBe('深圳 海拓');
    expect(searchText('haituo')).toBe('haituo');
  });
});

import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import guestEn from '../guest/locales/en.json';
import guestZhCN from '../guest/locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

const placeholdersOf = (tree: Tree): Record<string, string[]> =>
  Object.fromEntries(
    keysOf(tree).map((key) => {
      const value = key
        .split('.')
        .reduce<Tree | string>((node, part) => (node as Tree)[part], tree) as string;
      return [key, [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()];
    }),
  );

describe('locale files', () => {
  it('have exactly the same keys in zh-CN and en', () => {
    expect(keysOf(en as Tree).sort()).toEqual(keysOf(zhCN as Tree).sort());
  });

  it('use the same {{placeholders}} in both languages', () => {
    expect(placeholdersOf(en as Tree)).toEqual(placeholdersOf(zhCN as Tree));
  });

  it('have no empty translations', () => {
    const empty = [en, zhCN].flatMap((tree) =>
      Object.entries(placeholdersOf(tree as Tree)).filter(([key]) => {
        const value = key
          .split('.')
          .reduce<Tree | string>((node, part) => (node as Tree)[part], tree as Tree);
        return typeof value !== 'string' || value.trim() === '';
      }),
    );
    expect(empty).toEqual([]);
  });
});

describe("the guest pages' locale files (their own bundle)", () => {
  it('have exactly the same keys and {{placeholders}} in zh-CN and en', () => {
    expect(keysOf(guestEn as Tree).sort()).toEqual(keysOf(guestZhCN as Tree).sort());
    expect(placeholdersOf(guestEn as Tree)).toEqual(placeholdersOf(guestZhCN as Tree));
  });

  it('have no empty translations', () => {
    for (const tree of [guestEn, guestZhCN] as Tree[]) {
      const empty = keysOf(tree).filter((key) => {
        const value = key
          .split('.')
          .reduce<Tree | string>((node, part) => (node as Tree)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});

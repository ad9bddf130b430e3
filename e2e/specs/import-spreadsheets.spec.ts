import { Workbook } from 'exceljs';
import { encode } from 'iconv-lite';
import { expect, type Page, test } from '@playwright/test';
import { signIn, validUscc } from '../support/demo';

// Issue #11: spreadsheets as Chinese agencies save them, imported through the dashboard — a GBK CSV
// with Chinese headers and 2027/3/5 dates (what Chinese Excel writes), and an .xlsx with real date
// cells.

const SCREENS = 'e2e/artifacts/screens';

const CHINESE_HEADER =
  '统一社会信用代码,主体名称,法定代表人,经营范围,营业执照到期日,站点,店铺名称,卖家ID,类目';

/** Drops a file on the import page's dragger (its file input), as the picker would. */
const choose = (page: Page, name: string, mimeType: string, buffer: Buffer) =>
  // The page's one file input: the dragger's.
  page.locator('input[type=file]').setInputFiles({
    name,
    mimeType,
    buffer,
  });

/** The check runs at once; then "导入" commits exactly the checked file. */
const checkAndImport = async (page: Page, created: number) => {
  await expect(page.getByTestId('import-result')).toContainText('检查通过');
  const stat = (title: string) =>
    page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
  await expect(stat('新增（行）')).toHaveText(String(created));
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('导入完成');
  await expect(stat('新增（行）')).toHaveText(String(created));
};

/** The entity list, searched by USCC, shows the entity with its licence expiry. */
const expectListed = async (page: Page, code: string, name: string, expiry: string) => {
  await page.goto(`/entities?q=${code}`);
  await expect(page.getByTestId('entities-total')).toContainText('共 1 个主体');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(expiry);
};

test('import: a GBK CSV with Chinese headers and 2027/3/5 dates, then an .xlsx with date cells', async ({
  page,
}) => {
  const gbk = [validUscc('440300', 978001), validUscc('440300', 978002)];
  const csv = [
    CHINESE_HEADER,
    `${gbk[0]},深圳市蓝湾跨境贸易有限公司,周敏,家居;厨具,2027/3/5,MY,蓝湾家居 MY,MY978001,厨具`,
    ',,,,,,,,',
    `${gbk[1]},东莞市松山湖电子有限公司,吴刚,电子,长期有效,TH,松山湖 TH,TH978002,电子`,
  ].join('\r\n');

  await signIn(page);
  await page.goto('/import');
  await expect(page.getByText('将 Excel（.xlsx）或 CSV 文件拖到这里，或点击选择')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/import-file-1366.png`, fullPage: true });
  await choose(page, '客户清单.csv', 'text/csv', encode(csv, 'gbk'));
  await expect(page.getByTestId('import-file-name')).toHaveText('客户清单.csv');
  await checkAndImport(page, 2);
  await expectListed(page, gbk[0], '深圳市蓝湾跨境贸易有限公司', '2027-03-05');
  await expectListed(page, gbk[1], '东莞市松山湖电子有限公司', '长期');

  // An .xlsx with a real date cell, a seller id typed as a number and a bad row first.
  const xlsx = validUscc('440300', 978003);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('主体');
  sheet.addRow(CHINESE_HEADER.split(','));
  const row = [
    xlsx,
    '广州市珠江表格科技有限公司',
    '郑洁',
    '玩具',
    new Date(Date.UTC(2028, 0, 31)),
    'PH',
    '珠江玩具 PH',
    978003,
    '玩具',
  ];
  sheet.addRow(row);
  sheet.getColumn(5).numFmt = 'yyyy/m/d';
  const bad = new Workbook();
  bad.addWorksheet('主体').addRow(CHINESE_HEADER.split(','));
  bad.worksheets[0].addRow([...row.slice(0, 4), '2028/2/30', ...row.slice(5)]);

  await page.goto('/import');
  await choose(
    page,
    '有错的表格.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    Buffer.from(await bad.xlsx.writeBuffer()),
  );
  await expect(page.getByTestId('import-result')).toContainText('发现 1 个问题');
  const problem = page.getByTestId('import-errors').locator('tbody tr.ant-table-row');
  await expect(problem).toContainText('营业执照到期日');
  await expect(problem).toContainText('“2028/2/30”不是有效日期');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await page.screenshot({ path: `${SCREENS}/import-file-errors-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENS}/import-file-errors-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  await choose(
    page,
    '主体清单.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    Buffer.from(await workbook.xlsx.writeBuffer()),
  );
  await checkAndImport(page, 1);
  await expectListed(page, xlsx, '广州市珠江表格科技有限公司', '2028-01-31');
});

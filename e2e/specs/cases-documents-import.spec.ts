import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DEMO, calendarDate, signIn, validResidentId, validUscc } from '../support/demo';

// Issue #4's journeys on the seeded demo agency (tools/demo/demo.ts): verification cases end to end,
// readiness, documents with the CSV export, the portfolio import, settings and the language switch.

const SCREENS = 'e2e/artifacts/screens';

/** The API, as an integrator sees it: a fresh token for the demo owner. */
const api = async (request: APIRequestContext) => {
  const login = await request.post('/graphql', {
    data: {
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: DEMO },
    },
  });
  const token = (await login.json()).data.login.token as string;
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await request.post('/graphql', {
      headers: { authorization: `Bearer ${token}` },
      data: { query, variables },
    });
    return (await response.json()).data;
  };
};

/** Saves a screenshot once spinners and their fade-out are done. */
const shoot = async (page: Page, name: string, fullPage = false) => {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage });
};

/** Picks an option of an antd select opened from its field. */
const choose = async (page: Page, field: ReturnType<Page['getByLabel']>, option: string) => {
  await field.click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
};

/** Types into an antd date or time picker and commits the value. */
const typeInPicker = async (field: ReturnType<Page['getByLabel']>, value: string) => {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(value);
  await field.press('Enter');
};

test('the scheduled Bangkok case shows both clocks and the licence blocker', async ({ page }) => {
  await signIn(page);
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '认证工单' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '认证工单' })).toBeVisible();
  // Earliest deadline first: the overdue MY case leads.
  const rows = page.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toContainText('广州星辰贸易有限公司');
  await expect(rows.first()).toContainText('已逾期');
  await shoot(page, 'cases');

  // Filters live in the URL.
  await choose(page, page.getByLabel('状态'), '已预约');
  await expect(page).toHaveURL(/status=SCHEDULED/);
  await expect(rows.filter({ hasText: '已逾期' })).toHaveCount(0);
  await page.reload();
  const haituo = rows.filter({ hasText: '深圳市海拓电子商务有限公司' });
  await expect(haituo).toHaveCount(1);
  await expect(haituo.getByTestId('dual-time')).toContainText(/10:00 曼谷.*=.*11:00 北京/);
  for (const row of await rows.all()) await expect(row).toContainText('已预约');

  await haituo.getByRole('link', { name: '深圳市海拓电子商务有限公司' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('booked-appointment')).toContainText(/10:00 曼谷 \(UTC\+7\)/);
  await expect(page.getByTestId('booked-appointment')).toContainText(/11:00 北京 \(UTC\+8\)/);
  await expect(page.getByTestId('readiness-banner')).toContainText('暂不能认证');
  const licence = page.locator('[data-code="LICENSE_EXPIRING_SOON"]');
  await expect(licence).toContainText('营业执照将于');
  await expect(licence).toContainText('阻断');
  await expect(licence.getByRole('link', { name: '去主体证照' })).toHaveAttribute(
    'href',
    /\/entities\/[0-9a-f-]{36}\?tab=documents$/,
  );
  await expect(page.locator('[data-code="CHECKLIST_INCOMPLETE"]')).toContainText('7 项未完成');
  await shoot(page, 'case-readiness', true);
});

test('opens a case, books 10:00 Bangkok time, fails once, then passes and restores every store', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // An entity of this journey's own, without a case, with stores on three sites.
  const call = await api(request);
  const legalName = '深圳市星途跨境科技有限公司';
  const entityUscc = validUscc('440300', 955001);
  const created = await call(
    'mutation($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) { id } }',
    {
      input: {
        legalName,
        uscc: entityUscc,
        registeredRepresentativeName: '赵敏',
        businessScope: ['phone-accessories', 'consumer-electronics'],
      },
    },
  );
  const sellerEntityId = created.createSellerEntity.id as string;
  await call(
    'mutation($input: AddRepresentativeInput!) { addRepresentative(input: $input) { id } }',
    {
      input: {
        sellerEntityId,
        fullName: '赵敏',
        role: 'LEGAL_REPRESENTATIVE',
        idType: 'CN_RESIDENT_ID',
        idNumber: validResidentId('440304', '19950622', 955),
        idExpiresOn: null,
      },
    },
  );
  await call('mutation($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }', {
    input: { sellerEntityId, type: 'BUSINESS_LICENSE', number: entityUscc, expiresOn: null },
  });
  const shops = [
    ['TH', 'Xingtu TH'],
    ['MY', 'Xingtu MY'],
    ['VN', 'Xingtu VN'],
  ];
  for (const [site, shopName] of shops) {
    await call('mutation($input: AddStoreInput!) { addStore(input: $input) { id } }', {
      input: {
        sellerEntityId,
        site,
        shopName,
        lazadaSellerId: `${site}955001`,
        categories: ['phone-accessories'],
      },
    });
  }

  await signIn(page);
  await page.goto('/cases');
  await page.getByRole('button', { name: '新建认证工单' }).click();
  const dialog = page.getByRole('dialog', { name: '新建认证工单' });
  await dialog.getByLabel('主体').fill('星途');
  await page.locator('.ant-select-item-option', { hasText: legalName }).click();
  await expect(dialog.getByLabel('出镜人（法人 / 授权签字人）')).toBeEnabled();
  await expect(dialog.getByText('赵敏 · 法定代表人')).toBeVisible();
  await choose(page, dialog.getByLabel('站点'), 'TH · 泰国');
  await choose(page, dialog.getByLabel('触发原因'), '登录 IP / 设备切换');
  await expect(dialog.getByText(/留空则默认为通知时间 \+ 72 小时/)).toBeVisible();
  await dialog.getByRole('button', { name: '创建工单' }).click();

  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(legalName);
  await expect(page.locator('[data-code="NO_APPOINTMENT"]')).toBeVisible();
  await expect(page.getByTestId('readiness-banner')).toContainText('暂不能认证');

  // A slot after the deadline is refused before it reaches the API.
  const dateField = page.getByLabel('日期（曼谷，UTC+7）');
  const timeField = page.getByLabel('时间（曼谷，UTC+7）');
  await typeInPicker(dateField, calendarDate(5, 'Asia/Bangkok'));
  await expect(page.getByText(/该时段晚于截止时间/)).toBeVisible();
  await expect(page.getByRole('button', { name: '确认预约' })).toBeDisabled();

  // A slot already past goes to the API, whose IN_PAST field error shows beside the time.
  await typeInPicker(dateField, calendarDate(0, 'Asia/Bangkok'));
  await typeInPicker(timeField, '00:00');
  await page.getByRole('button', { name: '确认预约' }).click();
  await expect(page.getByText('该时段已经过去，请选择将来的时间')).toBeVisible();

  // 10:00 in Bangkok is 11:00 in Beijing, shown before confirming.
  await typeInPicker(dateField, calendarDate(1, 'Asia/Bangkok'));
  await typeInPicker(timeField, '10:00');
  await expect(page.getByTestId('booking-preview')).toContainText(
    /10:00 曼谷 \(UTC\+7\)\s*=\s*.*11:00 北京 \(UTC\+8\)/,
  );
  await page.getByRole('button', { name: '确认预约' }).click();
  await expect(page.getByTestId('booked-appointment')).toContainText(
    `${calendarDate(1, 'Asia/Bangkok')} 10:00 曼谷 (UTC+7)`,
  );
  await expect(page.getByTestId('booked-appointment')).toContainText('11:00 北京 (UTC+8)');
  await expect(page.locator('[data-code="NO_APPOINTMENT"]')).toHaveCount(0);
  await page.getByRole('button', { name: '去准备清单' }).click();
  await page.getByRole('checkbox', { name: /关闭广告拦截插件/ }).check();
  await expect(page.getByText('已完成 1 / 10')).toBeVisible();
  await shoot(page, 'case-workspace', true);

  // A failed call: reasons are required, the slot is used up, the freeze is extended.
  const attempt = page.getByRole('form', { name: '记录认证结果' });
  await attempt.getByText('未通过', { exact: true }).click();
  await attempt.getByRole('button', { name: '记录结果' }).click();
  await expect(attempt.getByText('认证失败时请至少选择一个原因')).toBeVisible();
  await choose(page, attempt.getByLabel('失败原因'), '证件模糊');
  await page.keyboard.press('Escape');
  await attempt.getByLabel('冻结延长（小时）').fill('48');
  await attempt.getByRole('button', { name: '记录结果' }).click();
  const history = page.getByTestId('attempt');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText('未通过');
  await expect(history.first()).toContainText('证件模糊');
  await expect(history.first()).toContainText('冻结延长 48 小时');
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('未通过');
  await expect(page.getByTestId('booked-appointment')).toHaveCount(0);
  const storeRows = page.getByTestId('affected-stores').locator('tbody tr.ant-table-row');
  const thStore = storeRows.filter({ hasText: 'Xingtu TH' });
  await expect(thStore).toContainText('受限');
  await expect(thStore).toContainText('商品上架');

  // The pass restores every store of the entity, on every site, and asks for a check of each.
  await attempt.getByText('通过', { exact: true }).click();
  await attempt.getByRole('button', { name: '记录结果' }).click();
  const prompt = page.getByTestId('confirm-modules-prompt');
  await expect(prompt).toContainText('认证已通过：请逐一确认店铺功能已恢复');
  await expect(prompt).toContainText('商品上架');
  await expect(prompt).toContainText('资金提现');
  await expect(prompt).toContainText('订单');
  for (const [site, shopName] of shops) {
    await expect(prompt.getByRole('listitem').filter({ hasText: shopName })).toContainText(site);
  }
  await expect(storeRows).toHaveCount(shops.length);
  for (const row of await storeRows.all()) await expect(row).toContainText('正常');
  await expect(storeRows.filter({ hasText: '受限' })).toHaveCount(0);
  await expect(thStore).toContainText('无限制');
  await expect(page.getByTestId('attempt')).toHaveCount(2);
  await shoot(page, 'case-passed', true);

  // The entity page's link (?sellerEntityId=) lists the entity's cases: this one, passed.
  await page.goto(`/cases?sellerEntityId=${sellerEntityId}`);
  const listed = page.locator('tbody tr.ant-table-row');
  await expect(listed).toHaveCount(1);
  await expect(listed.first()).toContainText(legalName);
  await expect(listed.first()).toContainText('已通过');
});

test('documents: filters in the URL, days left, CSV export with a BOM', async ({
  page,
  request,
}) => {
  const call = await api(request);
  const expected = (
    await call(
      '{ documents(filter: { type: BUSINESS_LICENSE, expiringWithinDays: 30 }) { totalCount } }',
    )
  ).documents.totalCount as number;
  expect(expected).toBeGreaterThanOrEqual(3);
  await signIn(page);
  await page.goto('/documents');
  await expect(page.getByRole('heading', { level: 1, name: '证照文件' })).toBeVisible();
  const rows = page.locator('tbody tr.ant-table-row');
  // Soonest expiry first: the expired Dongguan licence leads.
  await expect(rows.first()).toContainText('东莞市精工五金制品有限公司');
  await expect(rows.first()).toContainText('已过期');
  await shoot(page, 'documents');

  await choose(page, page.getByLabel('证照类型'), '营业执照');
  await page.getByLabel('多少天内到期（含已过期）').fill('30');
  await expect(page).toHaveURL(/type=BUSINESS_LICENSE/);
  await expect(page).toHaveURL(/expiringWithinDays=30/);
  await expect(page.getByText(`共 ${expected} 条`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`共 ${expected} 条`)).toBeVisible();
  await expect(rows).toHaveCount(expected);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const download = await downloading;
  // Named with today's date in Shenzhen, not UTC's.
  expect(download.suggestedFilename()).toBe(
    `veridesk-documents-${calendarDate(0, 'Asia/Shanghai')}.csv`,
  );
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    '主体,统一社会信用代码,证照类型,证照编号,持有人,到期日,状态,剩余天数,适用站点',
  );
  expect(lines).toHaveLength(expected + 1);
  expect(csv).toContain('东莞市精工五金制品有限公司');
  expect(csv).toContain('已过期');
});

test('import: a bad row is reported and nothing is written; the fixed file imports', async ({
  page,
  request,
}) => {
  const call = await api(request);
  const newUscc = validUscc('440300', 977001);
  const badUscc = `${newUscc.slice(0, 17)}${newUscc.endsWith('0') ? '1' : '0'}`;
  const header =
    'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';
  const goodRow = `${newUscc},深圳市云帆户外用品有限公司,孙立,outdoor;sports,2028-03-31,VN,Yunfan Outdoor VN,VN977001,outdoor`;
  const badRow = `${badUscc},佛山市顺德家电有限公司,何敏,home-appliances,2027-13-01,XX,Shunde VN,VN977002,home-appliances`;
  const countEntities = async () =>
    (await call('{ sellerEntities { totalCount } }')).sellerEntities.totalCount as number;
  const findUscc = async (value: string) =>
    (
      await call('query($s: String) { sellerEntities(filter: { search: $s }) { totalCount } }', {
        s: value,
      })
    ).sellerEntities.totalCount as number;
  const before = await countEntities();

  await signIn(page);
  await page.goto('/import');
  await page.getByRole('button', { name: '或粘贴 CSV 内容' }).click();
  const content = page.getByLabel('CSV 内容');
  await content.fill([header, goodRow, badRow].join('\n'));
  const commit = page.getByRole('button', { name: '导入', exact: true });
  await expect(commit).toBeDisabled();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('发现 3 个问题');
  await expect(page.getByTestId('import-result')).toContainText('没有写入任何数据');
  const errors = page.getByTestId('import-errors').locator('tbody tr.ant-table-row');
  await expect(errors).toHaveCount(3);
  // Each problem in Chinese, quoting the refused value and saying what would work.
  await expect(errors.filter({ hasText: 'uscc' })).toContainText(`“${badUscc}”的校验位不对`);
  await expect(errors.filter({ hasText: 'uscc' }).locator('td').first()).toHaveText('3');
  await expect(errors.filter({ hasText: 'license_expires_on' })).toContainText(
    '“2027-13-01”不是有效日期：请写 2027/3/5',
  );
  await expect(errors.filter({ hasText: 'site' })).toContainText('“XX”不是站点');
  await expect(page.getByTestId('import-errors')).not.toContainText('must be');
  await expect(commit).toBeDisabled();
  await shoot(page, 'import', true);
  expect(await countEntities()).toBe(before);
  expect(await findUscc(newUscc)).toBe(0);

  // Only the good row: the check passes, and only then does import commit it.
  await content.fill([header, goodRow].join('\n'));
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('检查通过');
  expect(await findUscc(newUscc)).toBe(0);
  await expect(commit).toBeEnabled();
  await commit.click();
  await expect(page.getByTestId('import-result')).toContainText('导入完成');
  await expect(page.getByRole('link', { name: '查看卖家主体' })).toBeVisible();
  expect(await findUscc(newUscc)).toBe(1);
  expect(await countEntities()).toBe(before + 1);
  // Editing after a check asks for a new check.
  await content.fill([header, goodRow, ''].join('\n'));
  await expect(commit).toBeDisabled();

  // The templates have the exact columns, in English or Chinese, and two example rows.
  for (const [button, expectedHeader] of [
    ['下载英文模板', header],
    [
      '下载中文模板',
      '统一社会信用代码,主体名称,法定代表人,经营范围,营业执照到期日,站点,店铺名称,卖家ID,类目',
    ],
  ]) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const template = readFileSync(await (await downloading).path(), 'utf8').replace(/^\uFEFF/, '');
    const templateLines = template.trim().split('\r\n');
    expect(templateLines[0]).toBe(expectedHeader);
    expect(templateLines).toHaveLength(3);
  }
});

test('settings: agency and profile with the digest preview; English switches every string', async ({
  page,
}) => {
  await signIn(page);
  const navigation = page.getByRole('navigation', { name: '主导航' });
  await navigation.getByRole('menuitem', { name: '设置' }).click();
  await navigation.getByRole('link', { name: '机构设置' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '机构设置' })).toBeVisible();
  await page.getByLabel('到期提醒窗口').fill('400');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请输入 1–365 之间的天数').first()).toBeVisible();
  await page.getByLabel('到期提醒窗口').fill('30');
  await page.getByLabel('机构名称', { exact: true }).fill('深圳星河跨境电商服务有限公司（华南）');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('机构设置已保存')).toBeVisible();
  await expect(page.getByTestId('agency-name')).toHaveText('深圳星河跨境电商服务有限公司（华南）');
  await shoot(page, 'settings-agency');
  // Other journeys read the demo agency's name: put it back.
  await page.getByLabel('机构名称', { exact: true }).fill('深圳星河跨境电商服务有限公司');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('agency-name')).toHaveText('深圳星河跨境电商服务有限公司');

  await navigation.getByRole('link', { name: '个人资料' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '个人资料' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '到期或即将到期的证照' })).toBeVisible();
  await page.getByRole('button', { name: '给我发送测试摘要' }).click();
  await expect(page.getByText(/测试摘要已发送到|服务器未配置邮件服务/).first()).toBeVisible();
  // The test email is in my mail history, sent or kept there when no mail server is set.
  await expect(
    page.locator('tbody tr.ant-table-row').filter({ hasText: '测试' }).first(),
  ).toBeVisible();
  await shoot(page, 'settings-profile', true);

  // The header's switch changes the interface language at once.
  await page.goto('/cases');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verification cases' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open verification case' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Deadline' })).toBeVisible();
  await shoot(page, 'cases-en');
  await page.goto('/documents');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  await page.goto('/import');
  await expect(page.getByRole('button', { name: 'English template' })).toBeVisible();

  // The profile's language is saved and switches back too.
  await page.goto('/settings/profile');
  await page.getByText('简体中文', { exact: true }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '个人资料' })).toBeVisible();
});

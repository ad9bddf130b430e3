import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { residentIdCheckCharacter } from '@veridesk/domain';
import { DEMO, calendarDate, signIn as signInForm, validUscc } from '../support/demo';

// Issue #4's journeys: the overview of the seeded demo agency (tools/demo/demo.ts), then a new seller
// entity built up from the entity page until it shows in the overview's impact matrix.
const SCREENS = 'e2e/artifacts/screens';

/** A resident ID number with a valid GB 11643-1999 check digit (not a real person's). */
const residentId = (body17: string) => body17 + residentIdCheckCharacter(body17);

// The smallest valid PNG (1×1): the scan the licence is recorded with.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * What the API says about the demo agency right now. Other journeys add entities to the same agency,
 * so counts are read from the API, and the page is held to them.
 */
const apiQuery = async (request: APIRequestContext, query: string) => {
  const login = await request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query: `mutation { login(input: { email: "${DEMO.email}", password: "${DEMO.password}" }) { token } }`,
    },
  });
  const token = (await login.json()).data.login.token as string;
  const response = await request.post('/graphql', {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    data: { query },
  });
  return (await response.json()).data;
};
const SUMMARY_QUERY = `{ portfolioSummary { sellerEntities stores openCases overdueCases expiringDocuments expiredDocuments }
  thai: sellerEntities(filter: { site: TH }) { totalCount } }`;

/** Signs in and waits for Today, where every journey here starts. */
const signIn = async (page: Page, email = DEMO.email, password = DEMO.password) => {
  await signInForm(page, email, password);
  await expect(page.getByRole('heading', { level: 1, name: '今日概览' })).toBeVisible();
};

test('the overview tells the demo agency what needs it today', async ({ page, request }) => {
  const { portfolioSummary: summary } = await apiQuery(request, SUMMARY_QUERY);
  await signIn(page);

  // Opening the dashboard afresh: time until the cases, calls and matrix are on screen.
  const started = Date.now();
  await page.goto('/');
  const matrix = page.getByTestId('overview-matrix');
  await expect(matrix.getByRole('row', { name: /东莞市精工五金制品有限公司/ })).toBeVisible();
  await expect(
    page.getByTestId('overview-cases').getByRole('row', { name: /广州星辰贸易有限公司/ }),
  ).toBeVisible();
  // The seeded slot (other journeys may have booked more in the demo agency).
  const seededSlot = page
    .getByTestId('overview-appointments')
    .getByRole('listitem')
    .filter({ hasText: '深圳市海拓电子商务有限公司' })
    .getByTestId('dual-time');
  await expect(seededSlot).toBeVisible();
  console.log(`overview rendered in ${Date.now() - started} ms (navigation included)`);

  // The summary (the seed alone: 8 entities, 22 stores, 3 open cases with 1 overdue, 3 documents
  // expiring and 1 expired) as the API counts it now.
  expect(summary.sellerEntities).toBeGreaterThanOrEqual(8);
  expect(summary.overdueCases).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('summary-entities')).toContainText(String(summary.sellerEntities));
  await expect(page.getByTestId('summary-stores')).toContainText(String(summary.stores));
  await expect(page.getByTestId('summary-open-cases')).toContainText(String(summary.openCases));
  await expect(page.getByTestId('summary-overdue-cases')).toContainText(
    String(summary.overdueCases),
  );
  await expect(page.getByTestId('summary-expiring-documents')).toContainText(
    String(summary.expiringDocuments),
  );
  await expect(page.getByTestId('summary-expired-documents')).toContainText(
    String(summary.expiredDocuments),
  );

  // The overdue case comes first, in red, and links to its workspace.
  const cases = page.getByTestId('overview-cases');
  const overdue = cases.getByRole('row').nth(1);
  await expect(overdue).toContainText('广州星辰贸易有限公司');
  await expect(overdue).toContainText('已逾期');
  await expect(overdue.getByText(/已逾期 \d+ 小时/)).toHaveCSS('color', 'rgb(255, 77, 79)');
  await expect(overdue.getByRole('link', { name: '广州星辰贸易有限公司' })).toHaveAttribute(
    'href',
    /^\/cases\/[0-9a-f-]{36}$/,
  );

  // Tomorrow's Bangkok call, on Bangkok's clock and Beijing's side by side.
  const appointments = page.getByTestId('overview-appointments');
  await expect(appointments).toContainText('深圳市海拓电子商务有限公司');
  const slot = seededSlot;
  await expect(slot).toContainText(/10:00 曼谷 \(UTC\+7\)/);
  await expect(slot).toContainText(/11:00 北京 \(UTC\+8\)/);

  // Documents in the 30-day window, the expired licence first.
  const documents = page.getByTestId('overview-documents');
  await expect(documents.getByRole('row').nth(1)).toContainText('营业执照');
  await expect(documents.getByRole('row').nth(1)).toContainText('已过期 3 天');
  await expect(documents.getByRole('link', { name: /身份证 · 王芳/ })).toHaveAttribute(
    'href',
    /^\/entities\/[0-9a-f-]{36}\?tab=documents$/,
  );

  // The matrix: the overdue entity first; the expired licence marks both of Jinggong's sites.
  await expect(matrix.getByRole('row').nth(1)).toContainText('广州星辰贸易有限公司');
  const jinggong = matrix.getByRole('row', { name: /东莞市精工五金制品有限公司/ });
  await expect(jinggong.getByTestId('impact-MY')).toHaveText('执照过期');
  await expect(jinggong.getByTestId('impact-TH')).toHaveText('执照过期');
  await expect(jinggong.getByTestId('impact-SG')).toHaveCount(0);
  await jinggong.getByTestId('impact-TH').hover();
  await expect(page.getByRole('tooltip')).toContainText(/营业执照已过期（\d{4}-\d{2}-\d{2}）/);
  const youpin = matrix.getByRole('row', { name: /义乌市优品小商品有限公司/ });
  await expect(youpin.getByTestId('impact-PH')).toContainText('受限');

  // The chart of expiries by week.
  const chart = page.getByTestId('overview-chart');
  // echarts loads once its card scrolls into view.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart.locator('svg path').first()).toBeAttached();
  await expect(chart.getByRole('img', { name: /未来 13 周共有 \d+ 份证照到期/ })).toBeVisible();

  // What she sees first at 1366×768, then the whole page.
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/overview.png` });
  await page.screenshot({ path: `${SCREENS}/overview-full.png`, fullPage: true });

  // The same page in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByTestId('overview-cases')).toContainText(
    `Open verification cases (${summary.openCases})`,
  );
  await expect(jinggong.getByTestId('impact-TH')).toHaveText('Licence exp.');
  await page.screenshot({ path: `${SCREENS}/overview-en.png` });
});

test('a new entity: bad and good USCC, representative, three stores, an expiring licence, the matrix, an ID reveal', async ({
  page,
  request,
}) => {
  // A long journey (five forms, an upload, three pages): more than the default minute on a busy CI box.
  test.setTimeout(150_000);
  const { portfolioSummary: before } = await apiQuery(request, SUMMARY_QUERY);
  await signIn(page);
  await page.getByRole('menuitem', { name: '卖家主体' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '卖家主体' })).toBeVisible();
  await expect(page.getByTestId('entities-total')).toContainText(
    `共 ${before.sellerEntities} 个主体`,
  );
  await page.screenshot({ path: `${SCREENS}/entities.png`, fullPage: true });

  // A bad check character is refused next to the USCC field; the good code is accepted.
  await page.getByRole('button', { name: '新建主体' }).click();
  const create = page.getByRole('dialog', { name: '新建卖家主体' });
  await create.getByLabel('主体名称（中文）').fill('福州闽江跨境电子商务有限公司');
  await create.getByLabel('英文名称').fill('Fuzhou Minjiang Cross-border E-commerce Co., Ltd.');
  await create.getByLabel('统一社会信用代码').fill('91350100M000100Y44');
  await create.getByLabel('登记法人姓名').fill('林晓峰');
  await create.getByLabel('经营范围').fill('toys');
  await create.getByLabel('经营范围').press('Enter');
  await create.getByRole('button', { name: '创建' }).click();
  await expect(create.getByText('校验位错误（GB 32100-2015）', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/entity-create-error.png` });
  await create.getByLabel('统一社会信用代码').fill('91350100m000100y43');
  await create.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: '福州闽江跨境电子商务有限公司' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/entities\/[0-9a-f-]{36}$/);
  await expect(page.getByText('91350100M000100Y43')).toBeVisible();

  // The legal representative, with a resident ID valid until 2031.
  const idNumber = residentId('35010219880612123');
  await page.getByRole('tab', { name: /法人与签字人/ }).click();
  await page.getByRole('button', { name: '添加法人/签字人' }).click();
  const addRepresentative = page.getByRole('dialog', { name: '添加法人或授权签字人' });
  await expect(addRepresentative.getByLabel('姓名')).toHaveValue('林晓峰');
  // A wrong check digit first: the ID number field says so; then the right number is accepted.
  await addRepresentative
    .getByLabel('证件号码')
    .fill(`${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`);
  await addRepresentative.getByLabel('注册手机号').fill('+86 139 0591 2345');
  // Enter in the date field confirms the date and submits the form, as in any other field.
  await addRepresentative.getByRole('textbox', { name: '证件有效期至' }).fill('2031-06-30');
  await addRepresentative.getByRole('textbox', { name: '证件有效期至' }).press('Enter');
  await expect(
    addRepresentative.getByText('校验位错误（GB 11643-1999）', { exact: false }),
  ).toBeVisible();
  await addRepresentative.getByLabel('证件号码').fill(idNumber);
  await addRepresentative.getByRole('button', { name: '添加法人/签字人' }).click();
  await expect(addRepresentative).toBeHidden();
  const representativeRow = page.getByRole('tabpanel').getByRole('row', { name: /林晓峰/ });
  await expect(representativeRow.getByTestId('id-number')).toHaveText(
    `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
  );
  await expect(representativeRow).toContainText('2031-06-30');

  // Stores on three sites: each new store form offers the next site without one.
  await page.getByRole('tab', { name: /店铺/ }).click();
  for (const [site, shop] of [
    ['MY', 'Minjiang Toys MY'],
    ['SG', 'Minjiang Toys SG'],
    ['PH', 'Minjiang Toys PH'],
  ] as const) {
    await page.getByRole('button', { name: '添加店铺' }).click();
    const addStore = page.getByRole('dialog', { name: '添加店铺' });
    await expect(addStore.getByLabel('站点')).toBeAttached();
    await expect(
      addStore.locator('.ant-select-content, .ant-select-selection-item').first(),
    ).toContainText(site);
    await addStore.getByLabel('店铺名称').fill(shop);
    await addStore.getByLabel('Lazada 卖家 ID').fill(`${site}9900${site.charCodeAt(0)}`);
    await addStore.getByLabel('销售类目').fill('toys');
    await addStore.getByLabel('销售类目').press('Enter');
    await addStore.getByRole('button', { name: '添加店铺' }).click();
    await expect(addStore).toBeHidden();
    await expect(
      page.getByRole('tabpanel').getByRole('row', { name: new RegExp(shop) }),
    ).toContainText('正常');
  }
  await expect(page.getByRole('tab', { name: '店铺（3）' })).toBeVisible();

  // Seller Center froze the PH store: record it, with the time the freeze lifts.
  await page.getByRole('button', { name: '更新 Minjiang Toys PH 的状态' }).click();
  const status = page.getByRole('dialog', { name: '更新店铺状态：Minjiang Toys PH' });
  await status.getByLabel('状态').click();
  await page.getByTitle('冻结', { exact: true }).click();
  await status
    .getByRole('textbox', { name: '冻结至' })
    .fill(`${calendarDate(3, 'Asia/Shanghai')} 10:00`);
  await status.getByRole('textbox', { name: '冻结至' }).press('Enter');
  await expect(status).toBeHidden();
  const frozen = page.getByRole('tabpanel').getByRole('row', { name: /Minjiang Toys PH/ });
  await expect(frozen).toContainText('冻结');
  await expect(frozen).toContainText(/解冻还剩 \d+ 小时/);
  await expect(frozen).toContainText('商品上架');

  // The business licence, expiring in 10 days, with its scan.
  const expiresOn = calendarDate(10, 'Asia/Shanghai');
  await page.getByRole('tab', { name: /证照/ }).click();
  await page.getByRole('button', { name: '录入证照' }).click();
  const record = page.getByRole('dialog', { name: '录入证照' });
  await record.locator('input[type=file]').setInputFiles({
    name: '营业执照.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(record.getByRole('button', { name: /预览已上传的“营业执照.png”/ })).toBeVisible();
  await record.getByLabel('证照编号').fill('91350100M000100Y43');
  await record.getByRole('textbox', { name: '有效期至' }).fill(expiresOn);
  await record.getByRole('textbox', { name: '有效期至' }).press('Enter');
  await expect(record).toBeHidden();
  const licence = page.getByTestId('document-item').filter({ hasText: '营业执照' });
  await expect(licence).toContainText(expiresOn);
  await expect(licence).toContainText('即将到期');
  await expect(licence).toContainText('还剩 10 天');
  await licence.getByRole('button', { name: /预览营业执照的扫描件/ }).click();
  const preview = page.getByRole('dialog', { name: /扫描件：营业执照.png/ });
  await expect(preview.getByRole('img', { name: /扫描件/ })).toBeVisible();
  await expect(preview.getByRole('link', { name: '在新标签页打开' })).toHaveAttribute(
    'href',
    /^blob:/,
  );
  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/entity-documents.png`, fullPage: true });

  // The OWNER reveals the full ID number, after being told the reveal is logged.
  await page.getByRole('tab', { name: /法人与签字人/ }).click();
  await page.getByRole('button', { name: '查看 林晓峰 的完整证件号码' }).click();
  const confirm = page.getByRole('dialog', { name: '查看 林晓峰 的完整证件号码？' });
  await expect(confirm).toContainText('记入操作日志');
  await confirm.getByRole('button', { name: '确认查看' }).click();
  await expect(representativeRow.getByTestId('id-number')).toHaveText(idNumber);
  await expect(confirm).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/entity-representatives.png`, fullPage: true });
  await page.getByRole('tab', { name: '操作记录' }).click();
  await expect(page.getByRole('row', { name: /查看完整证件号码/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /创建主体/ })).toBeVisible();
  await page.getByRole('tab', { name: /店铺/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Minjiang Toys SG');
  await page.waitForTimeout(400); // the tab's ink bar slides across
  await page.screenshot({ path: `${SCREENS}/entity.png`, fullPage: true });

  // The overview: the entity's three stores are affected by the licence, every reason on hover.
  await page.getByRole('menuitem', { name: '今日概览' }).click();
  const row = page
    .getByTestId('overview-matrix')
    .getByRole('row', { name: /福州闽江跨境电子商务有限公司/ });
  await expect(row).toBeVisible();
  for (const site of ['MY', 'SG'])
    await expect(row.getByTestId(`impact-${site}`)).toHaveText('执照到期');
  await expect(row.getByTestId('impact-PH')).toHaveText('受限 +1');
  for (const site of ['TH', 'VN', 'ID'])
    await expect(row.getByTestId(`impact-${site}`)).toHaveCount(0);
  await row.getByTestId('impact-SG').hover();
  await expect(page.getByRole('tooltip')).toContainText(`营业执照即将到期（${expiresOn}）`);
  await expect(page.getByRole('tooltip')).toContainText('Minjiang Toys SG');
  await expect(page.getByTestId('summary-entities')).toContainText(
    String(before.sellerEntities + 1),
  );
  await page.screenshot({ path: `${SCREENS}/overview-after.png`, fullPage: true });

  // The list finds it by USCC; the filters are in the URL.
  await page.getByRole('menuitem', { name: '卖家主体' }).click();
  await page.getByLabel('搜索主体').fill('91350100M000100Y43');
  await page.getByLabel('搜索主体').press('Enter');
  await expect(page).toHaveURL(/q=91350100M000100Y43/);
  await expect(page.getByTestId('entities-total')).toContainText('共 1 个主体');
  const listed = page.getByRole('row', { name: /福州闽江跨境电子商务有限公司/ });
  await expect(listed).toContainText('林晓峰');
  await expect(listed).toContainText(expiresOn);
  await expect(listed.getByLabel(/马来西亚 · Minjiang Toys MY · 正常/)).toBeVisible();
});

test("a manager's list starts with her own portfolio; 'all managers' is one click and stays in the URL", async ({
  page,
  request,
}) => {
  const { thai } = await apiQuery(request, SUMMARY_QUERY);
  await signIn(page, 'chen.jing@veridesk.example.com');
  await page.getByRole('menuitem', { name: '卖家主体' }).click();
  const total = page.getByTestId('entities-total');
  await expect(total).toContainText('共 3 个主体');
  await expect(page.getByRole('row', { name: /广州星辰贸易有限公司/ })).toContainText('陈静');
  await expect(page.getByRole('row', { name: /东莞市精工五金制品有限公司/ })).toHaveCount(0);

  await page.getByLabel('客户经理').click();
  await page.getByTitle('全部客户经理').click();
  await expect(page).toHaveURL(/manager=all/);
  await expect(total).not.toContainText('共 3 个主体');
  await expect(page.getByRole('row', { name: /东莞市精工五金制品有限公司/ })).toContainText('周伟');

  // Filters are bookmarkable: the same URL, opened afresh, lists the same entities.
  await page.getByLabel('站点').click();
  await page.getByTitle('TH · 泰国').click();
  await expect(page).toHaveURL(/site=TH/);
  await expect(total).toContainText(`共 ${thai.totalCount} 个主体`);
  await page.reload();
  await expect(total).toContainText(`共 ${thai.totalCount} 个主体`);
  await expect(page.getByLabel('客户经理')).toBeAttached();
  await expect(page.getByRole('row', { name: /东莞市精工五金制品有限公司/ })).toBeVisible();
});

test('the overview of 300 entities, 900 stores and 30 open cases is drawn within the time budget', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const email = `scale.${Date.now().toString(36)}@example.com`;
  const password = 'scale-password-2026';
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await request.post('/graphql', {
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      data: { query, variables },
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const { signUp } = await call(
    `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`,
    {
      input: { agencyName: '深圳规模跨境服务有限公司', name: '规模测试', email, password },
    },
  );
  const token = signUp.token as string;

  // 300 entities × 3 stores, licences expiring from 20 days ago to a year ahead (some long-term).
  const uscc = (serial: number) => validUscc('440300', serial);
  const sites = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];
  const rows = [
    'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories',
  ];
  for (let index = 0; index < 300; index++) {
    const expires =
      index % 7 === 0 ? '长期' : calendarDate(((index * 37) % 400) - 20, 'Asia/Shanghai');
    for (let store = 0; store < 3; store++) {
      const site = sites[(index + store * 2) % 6];
      rows.push(
        `${uscc(60000 + index)},深圳市规模${index}号贸易有限公司,代表${index},toys;home,${expires},${site},Shop ${index}-${site},${site}${800000 + index * 3 + store},toys`,
      );
    }
  }
  const imported = await call(
    `mutation($csv: String!) { importPortfolio(csv: $csv) { errors { row message } } }`,
    {
      csv: rows.join('\n'),
    },
    token,
  );
  expect(imported.importPortfolio.errors).toEqual([]);
  const listed = await call(
    `{ sellerEntities(first: 30) { edges { node { id registeredRepresentativeName } } } }`,
    {},
    token,
  );
  for (const [index, { node }] of listed.sellerEntities.edges.entries()) {
    const { addRepresentative } = await call(
      `mutation($input: AddRepresentativeInput!) { addRepresentative(input: $input) { id } }`,
      {
        input: {
          sellerEntityId: node.id,
          fullName: node.registeredRepresentativeName,
          role: 'LEGAL_REPRESENTATIVE',
          idType: 'CN_RESIDENT_ID',
          idNumber: residentId(`44030519850312${String(100 + index).padStart(3, '0')}`),
          idExpiresOn: calendarDate(20 + index * 9, 'Asia/Shanghai'),
        },
      },
      token,
    );
    await call(
      `mutation($input: OpenVerificationCaseInput!) { openVerificationCase(input: $input) { id } }`,
      {
        input: {
          sellerEntityId: node.id,
          representativeId: addRepresentative.id,
          site: sites[index % 6],
          trigger: 'LISTING_BURST',
          noticeReceivedAt: new Date(Date.now() - (index % 5) * 20 * 3_600_000).toISOString(),
        },
      },
      token,
    );
  }

  await signIn(page, email, password);
  await page.getByRole('menuitem', { name: '卖家主体' }).click();
  await expect(page.getByTestId('entities-total')).toContainText('共 300 个主体');
  // Back to the overview inside the app: from the click until summary, cases and matrix are drawn,
  // timed in the page (a MutationObserver), so the test runner's polling does not count.
  await page.evaluate(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { overviewMarks: Record<string, number> }).overviewMarks = marks;
    document.addEventListener('click', () => (marks.click ??= performance.now()), {
      capture: true,
    });
    new MutationObserver(() => {
      const now = performance.now();
      if (
        !marks.summary &&
        document.querySelector('[data-testid=summary-entities]')?.textContent?.includes('300')
      )
        marks.summary = now;
      if (
        !marks.cases &&
        document.querySelector('[data-testid=overview-cases] tbody tr.ant-table-row')
      )
        marks.cases = now;
      if (
        !marks.matrix &&
        document.querySelectorAll('[data-testid=overview-matrix] tbody tr.ant-table-row').length >=
          10
      )
        marks.matrix = now;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('menuitem', { name: '今日概览' }).click();
  await expect(page.getByTestId('summary-entities')).toContainText('300');
  await expect(page.getByTestId('overview-cases').getByText('已逾期').first()).toBeVisible();
  await expect(page.getByTestId('overview-matrix').getByRole('row').nth(10)).toBeVisible();
  const marks = await page.evaluate(
    () => (window as unknown as { overviewMarks: Record<string, number> }).overviewMarks,
  );
  const elapsed = Math.round(Math.max(marks.summary, marks.cases, marks.matrix) - marks.click);
  console.log(
    `overview of 300 entities drawn ${elapsed} ms after the click`,
    JSON.stringify(marks),
  );
  await expect(page.getByTestId('overview-matrix')).toContainText(/受影响店铺：\d{3} 家店铺/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/overview-300.png` });
  // The target is a second (OVERVIEW_BUDGET_MS=1000 on a quiet machine); a shared CI box running
  // other suites at once gets three before the test fails.
  expect(elapsed).toBeLessThan(Number(process.env.OVERVIEW_BUDGET_MS ?? 3000));
});

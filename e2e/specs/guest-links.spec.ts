import { deflateSync } from 'node:zlib';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { DEMO, calendarDate, signIn, validResidentId, validUscc } from '../support/demo';

// Issue #14's journeys: the people without an account act through links on their phones (390 × 844).
// The legal representative prepares for the call through /p/<token>; the seller sends a renewed
// licence through /d/<token>; the manager sees both in the dashboard and reviews the scan.

const SCREENS = 'e2e/artifacts/screens';
const PHONE = { width: 390, height: 844 };

/** The API as an integrator sees it: a fresh token for the demo owner. */
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
    const body = await response.json();
    expect(body.errors ?? []).toEqual([]);
    return body.data;
  };
};

/** A phone: narrow, touch, Chinese, in Beijing (where the representative usually is). */
const phone = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });

// Called once what the screen must show is asserted visible.
const shoot = async (page: Page, name: string) => {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
};

/** A real 24 × 16 PNG (a grey licence-ish card), built byte by byte: signature, IHDR, IDAT, IEND. */
const tinyPng = (): Buffer => {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const width = 24;
  const height = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = y * (width * 3 + 1) + 1 + x * 3;
      const border = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      rows.fill(border ? 200 : 235, offset, offset + 2);
      rows[offset + 2] = border ? 40 : 235;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

test('the representative prepares on a phone and the seller sends the renewed licence', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(300_000);
  // An entity of this journey's own: its licence runs out in 10 days (a blocker), one TH store,
  // a case on TH booked at 10:00 Bangkok tomorrow.
  const call = await api(request);
  const legalName = '深圳市岭南优品供应链有限公司';
  const uscc = validUscc('440300', 914001);
  const entity = await call(
    'mutation($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) { id } }',
    {
      input: {
        legalName,
        uscc,
        registeredRepresentativeName: '林晓',
        businessScope: ['phone-accessories'],
      },
    },
  );
  const sellerEntityId = entity.createSellerEntity.id as string;
  const representative = await call(
    'mutation($input: AddRepresentativeInput!) { addRepresentative(input: $input) { id } }',
    {
      input: {
        sellerEntityId,
        fullName: '林晓',
        role: 'LEGAL_REPRESENTATIVE',
        idType: 'CN_RESIDENT_ID',
        idNumber: validResidentId('440304', '19880312', 914),
        idExpiresOn: null,
      },
    },
  );
  await call('mutation($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }', {
    input: {
      sellerEntityId,
      type: 'BUSINESS_LICENSE',
      number: uscc,
      expiresOn: calendarDate(10, 'Asia/Shanghai'),
    },
  });
  await call('mutation($input: AddStoreInput!) { addStore(input: $input) { id } }', {
    input: {
      sellerEntityId,
      site: 'TH',
      shopName: 'Lingnan TH',
      lazadaSellerId: 'TH914001',
      categories: ['phone-accessories'],
    },
  });
  const opened = await call(
    'mutation($input: OpenVerificationCaseInput!) { openVerificationCase(input: $input) { id } }',
    {
      input: {
        sellerEntityId,
        representativeId: representative.addRepresentative.id,
        site: 'TH',
        trigger: 'LOGIN_ENVIRONMENT',
        noticeReceivedAt: new Date().toISOString(),
      },
    },
  );
  const caseId = opened.openVerificationCase.id as string;
  await call(
    'mutation($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }',
    {
      input: {
        caseId,
        startsAt: new Date(`${calendarDate(1, 'Asia/Bangkok')}T10:00:00+07:00`).toISOString(),
      },
    },
  );

  // The manager creates the call-prep link on the case page: link, copy button and QR code.
  await signIn(page);
  await page.goto(`/cases/${caseId}`);
  const card = page.getByTestId('call-prep-link');
  // The machine runs other suites at once: the first page of a session may take a while.
  await expect(card).toContainText('还没有发给法人的链接', { timeout: 30_000 });
  await card.getByRole('button', { name: '生成链接' }).click();
  const share = card.getByTestId('guest-link-share');
  await expect(share.getByRole('button', { name: '复制链接' })).toBeVisible();
  await expect(share.getByRole('img', { name: '准备链接的二维码' })).toBeVisible();
  const prepUrl = await share.getByRole('textbox', { name: '准备链接' }).inputValue();
  expect(prepUrl).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
  await expect(card).toContainText('法人还没有打开');

  // The representative opens it on a phone: both clocks, the blocker in words, the checklist.
  const representativePhone = await phone(browser);
  const prep = await representativePhone.newPage();
  await prep.goto(new URL(prepUrl).pathname);
  await expect(prep.getByRole('heading', { level: 1 })).toHaveText('林晓，您好', {
    timeout: 30_000,
  });
  const slot = prep.getByTestId('call-prep-slot');
  await expect(slot).toContainText('10:00 曼谷');
  await expect(slot).toContainText('11:00 北京');
  await expect(prep.getByTestId('call-prep-countdown')).toContainText('距离视频认证还有');
  await expect(prep.getByTestId('call-prep-readiness')).toContainText('营业执照');
  await expect(prep.getByTestId('call-prep-readiness')).toContainText('二代身份证');
  // Nothing of the ID number reaches the page.
  expect(await prep.content()).not.toContain('440304198803');
  // The page is its own small bundle: no antd, no admin shell.
  await expect(prep.locator('[class*="ant-"]')).toHaveCount(0);

  const checklist = prep.getByTestId('call-prep-checklist');
  await checklist.getByRole('checkbox', { name: /法人二代身份证原件/ }).check();
  await expect(checklist).toContainText('已完成 1 / 10');
  await checklist.getByRole('checkbox', { name: /关闭 VPN/ }).check();
  await expect(checklist).toContainText('已完成 2 / 10');
  // Every tap target is at least 40 px tall.
  for (const target of await prep.locator('label.tick, button').all()) {
    expect((await target.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(40);
  }

  await prep.getByRole('button', { name: '需要改约' }).click();
  await prep.getByLabel(/备注/).fill('那天要去广州出差，下周二上午可以');
  await prep.getByRole('button', { name: '发送' }).click();
  await expect(prep.getByTestId('call-prep-answer')).toContainText('需要改约');
  await shoot(prep, 'guest-call-prep-phone');
  // A reload keeps the ticks: they live in the case's own checklist.
  await prep.reload();
  await expect(prep.getByTestId('call-prep-checklist')).toContainText('已完成 2 / 10');

  // The manager's case page shows both ticks and the answer with its note.
  await page.reload();
  const caseChecklist = page.locator('#checklist');
  await expect(caseChecklist).toContainText('已完成 2 / 10', { timeout: 30_000 });
  await expect(caseChecklist.getByRole('checkbox', { name: /法人二代身份证原件/ })).toBeChecked();
  await expect(caseChecklist.getByRole('checkbox', { name: /关闭 VPN/ })).toBeChecked();
  const answer = card.getByTestId('call-prep-answer');
  await expect(answer).toContainText('法人回复：需要改约');
  await expect(answer).toContainText('那天要去广州出差，下周二上午可以');
  await expect(card.getByTestId('call-prep-link-state')).toContainText('法人已于');

  // 执照 10 天后到期 → 请卖家上传: a document request from the readiness blocker.
  const blocker = page.locator('[data-code="LICENSE_EXPIRING_SOON"]');
  await expect(blocker).toContainText('阻断');
  await blocker.getByRole('button', { name: '请卖家上传营业执照' }).click();
  const dialog = page.getByRole('dialog', { name: '请卖家上传营业执照' });
  await expect(dialog.getByLabel('给卖家的说明')).toHaveValue(/请上传新的营业执照/);
  await dialog.getByRole('button', { name: '生成上传链接' }).click();
  const uploadUrl = await dialog.getByRole('textbox', { name: '上传链接' }).inputValue();
  expect(uploadUrl).toMatch(/\/d\/[A-Za-z0-9_-]{43}$/);
  await expect(dialog.getByRole('img', { name: '上传链接的二维码' })).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();

  // The seller opens it on a phone, uploads a PNG, types the dates, submits once.
  const sellerPhone = await phone(browser);
  const upload = await sellerPhone.newPage();
  await upload.goto(new URL(uploadUrl).pathname);
  await expect(upload.getByTestId('document-request-type')).toHaveText('营业执照', {
    timeout: 30_000,
  });
  await expect(upload.getByText(legalName).first()).toBeVisible();
  const picker = upload.locator('input[type=file]');
  await expect(picker).toHaveAttribute('accept', 'image/*,application/pdf');
  await expect(picker).toHaveAttribute('multiple', '');
  await upload.getByRole('button', { name: '提交' }).click();
  await expect(upload.getByText('请至少上传一个文件')).toBeVisible();
  await picker.setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: tinyPng() });
  await expect(upload.getByTestId('guest-uploads')).toContainText('已上传');
  await upload.getByLabel('证照编号').fill(uscc);
  const newExpiry = calendarDate(5 * 365, 'Asia/Shanghai');
  await upload.getByLabel('签发日期').fill(calendarDate(-2, 'Asia/Shanghai'));
  await upload.getByLabel('有效期至').fill(newExpiry);
  await shoot(upload, 'guest-document-request-phone');
  await upload.getByRole('button', { name: '提交' }).click();
  await expect(upload.getByTestId('document-request-status')).toContainText('已提交，等待审核');
  await shoot(upload, 'guest-document-request-submitted-phone');
  // Submitted once: the link now shows only its status.
  await upload.reload();
  await expect(upload.getByTestId('document-request-status')).toContainText('已提交');
  await expect(upload.locator('input[type=file]')).toHaveCount(0);

  // The manager reviews it in 待审核文件: the scan beside the typed fields, then accepts.
  await page.goto('/documents');
  await expect(page.getByTestId('review-tab')).toContainText('1', { timeout: 30_000 });
  await page.getByRole('tab', { name: /待审核文件/ }).click();
  await expect(page).toHaveURL(/\/documents\/review$/);
  const item = page.getByTestId('review-item').filter({ hasText: legalName });
  await expect(item.getByTestId('review-scan-image')).toBeVisible();
  await expect(item.getByTestId('review-fields')).toContainText(uscc);
  await expect(item.getByTestId('review-fields')).toContainText(newExpiry);
  await page.setViewportSize(PHONE);
  await shoot(page, 'review-queue-phone');
  await page.setViewportSize({ width: 1366, height: 768 });
  await item.getByRole('button', { name: '通过并登记' }).click();
  await expect(page.getByText('已登记为主体证照')).toBeVisible();
  await expect(page.getByTestId('review-item').filter({ hasText: legalName })).toHaveCount(0);

  // The licence blocker is gone from the case, and the seller's link says accepted.
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId('readiness-banner')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-code="LICENSE_EXPIRING_SOON"]')).toHaveCount(0);
  await upload.reload();
  await expect(upload.getByTestId('document-request-status')).toContainText('已审核通过');

  await representativePhone.close();
  await sellerPhone.close();
});

test('an unknown link says so in Chinese, on the guest page', async ({ browser }) => {
  const context = await phone(browser);
  const guest = await context.newPage();
  await guest.goto('/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(guest.getByTestId('guest-unavailable')).toContainText('链接已失效');
  await expect(guest.getByTestId('guest-unavailable')).toContainText('请联系给您发链接的客户经理');
  await guest.goto('/d/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(guest.getByTestId('guest-unavailable')).toContainText('链接已失效');
  await context.close();
});

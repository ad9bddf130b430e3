import { expect, test } from '@playwright/test';

// Issue #2's journey: an agency signs up, invites a manager who accepts in another browser,
// creates an API key, and an integration calls /graphql with it.
test('sign up, invite a manager, accept in a second browser, create an API key and use it', async ({
  browser,
  page,
  request,
}) => {
  const stamp = Date.now().toString(36);
  const ownerEmail = `owner.${stamp}@example.com`;
  const managerEmail = `manager.${stamp}@example.com`;

  await page.goto('/sign-up');
  await page.getByLabel('机构名称').fill('深圳海拓跨境服务有限公司');
  await page.getByLabel('您的姓名').fill('李娜');
  await page.getByLabel('邮箱').fill(ownerEmail);
  await page.getByLabel('密码').fill('correct horse battery');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByTestId('agency-name')).toHaveText('深圳海拓跨境服务有限公司');
  await page.screenshot({ path: 'e2e/artifacts/screens/today.png' });

  // Invite a manager and take the link.
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('link', { name: '成员' }).click();
  await page.getByRole('button', { name: '邀请成员' }).click();
  const invite = page.getByRole('dialog', { name: '邀请成员' });
  // The dialog focuses the email field once its opening animation ends: typing the name before then
  // (a slow machine) lands it in the email field.
  await expect(invite.getByLabel('邮箱')).toBeFocused();
  await invite.getByLabel('邮箱').fill(managerEmail);
  await invite.getByLabel('姓名').fill('王芳');
  await invite.getByRole('button', { name: '生成邀请链接' }).click();
  const linkDialog = page.getByRole('dialog', { name: '邀请已生成' });
  const acceptUrl = await linkDialog.getByLabel('邀请链接').inputValue();
  expect(acceptUrl).toContain('/accept-invitation?token=');
  await linkDialog.getByRole('button', { name: '完成' }).click();
  await page.screenshot({ path: 'e2e/artifacts/screens/members.png' });

  // The manager accepts in a browser of their own.
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await managerPage.goto(new URL(acceptUrl).pathname + new URL(acceptUrl).search);
  await managerPage.getByLabel('姓名').fill('王芳');
  await managerPage.getByLabel('密码').fill('manager password 1');
  await managerPage.getByRole('button', { name: '接受邀请并加入' }).click();
  await expect(managerPage.getByTestId('viewer-name')).toContainText('王芳');
  await managerContext.close();

  // The owner sees the new member with the MANAGER role.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(managerEmail) })).toContainText('客户经理');

  // Create an API key and copy its secret once.
  await page.getByRole('link', { name: 'API 密钥' }).click();
  await page.getByRole('button', { name: '创建 API 密钥' }).click();
  const create = page.getByRole('dialog', { name: '创建 API 密钥' });
  await create.getByLabel('名称').fill('ERP 同步');
  await create.getByRole('button', { name: '创建', exact: true }).click();
  const secretDialog = page.getByRole('dialog', { name: 'API 密钥已创建' });
  const secret = await secretDialog.getByRole('textbox', { name: '密钥' }).inputValue();
  expect(secret).toMatch(/^vdk_[0-9a-f]{8}_/);
  await page.screenshot({ path: 'e2e/artifacts/screens/api-keys.png' });
  await secretDialog.getByRole('button', { name: '我已保存' }).click();

  // An integration uses the key.
  const response = await request.post('/graphql', {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    data: { query: '{ me { role agency { name } } members { role user { email } } }' },
  });
  const body = await response.json();
  expect(body.data.me).toEqual({ role: 'VIEWER', agency: { name: '深圳海拓跨境服务有限公司' } });
  expect(
    body.data.members.map((member: { user: { email: string } }) => member.user.email).sort(),
  ).toEqual([managerEmail, ownerEmail].sort());

  // Switch to English and sign out.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/sign-in/);
});

test('a deep link to a dashboard page signs in first, then lands there', async ({ page }) => {
  await page.goto('/settings/api-keys');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

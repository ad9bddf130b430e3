import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '../../engine/auth/access.decorator';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AuditService } from '../audit/audit.service';
import { MembershipEntity } from '../member/membership.entity';
import { UnsubscribeTokens } from './services/unsubscribe-token.service';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title}</title><body style="font-family:sans-serif;max-width:480px;margin:64px auto;padding:0 16px">` +
  `<h1 style="font-size:20px">${title}</h1><p>${body}</p></body></html>`;

/** The digest's unsubscribe link: works without signing in, because the link itself is signed. */
@Access('public')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  @Get()
  async unsubscribe(@Query('token') token: string | undefined, @Res() response: Response) {
    const claims = token ? this.tokens.verify(token) : null;
    if (!claims) {
      response
        .status(400)
        .type('html')
        .send(
          page(
            '链接无效 / Invalid link',
            '这个退订链接无效或已损坏。This unsubscribe link is not valid.',
          ),
        );
      return;
    }
    const changed = await this.tenantContext.runInAgency(claims.agencyId, () =>
      this.db.transaction(async (manager) => {
        const result = await manager.update(
          MembershipEntity,
          { id: claims.membershipId },
          { digestEnabled: false },
        );
        if (result.affected) {
          await this.audit.record({
            actor: 'unsubscribe-link',
            action: 'member.unsubscribeDigest',
            subjectType: 'Member',
            subjectId: claims.membershipId,
          });
        }
        return Boolean(result.affected);
      }),
    );
    response
      .status(changed ? 200 : 404)
      .type('html')
      .send(
        changed
          ? page(
              '已退订每日摘要 / Unsubscribed',
              '您将不再收到 VeriDesk 每日摘要；紧急提醒不受影响。可在“个人资料”中重新开启。You will no longer receive the daily digest.',
            )
          : page(
              '未找到 / Not found',
              '该成员已不在机构中。This member is no longer in the agency.',
            ),
      );
  }
}

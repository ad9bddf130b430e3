// The call-prep page's words for the legal representative (zh-CN): readiness issues said as what to
// do or bring, and the checklist's items. They follow the dashboard's wording (apps/dashboard/src/
// locales/zh-CN.json, "readiness.codes" and "checklist.items"), addressed to the person on the call.
import type { ChecklistKey, ReadinessCode } from '@veridesk/domain';

type Params = Record<string, string | number>;

const value = (params: Params, key: string) => String(params[key] ?? '');

/** Each readiness issue as one plain sentence: what is wrong, then what to do or bring. */
const READINESS_WORDS: Record<ReadinessCode, (params: Params) => string> = {
  LICENSE_MISSING: () =>
    '代理商还没有登记营业执照：请把营业执照正本交给代理商登记，通话时须出示营业执照正本原件。',
  LICENSE_EXPIRED: (p) =>
    `营业执照已于 ${value(p, 'expiresOn')} 过期，过期执照必然认证失败：请先办理换照，通话时出示新的营业执照正本原件。`,
  LICENSE_EXPIRING_SOON: (p) =>
    `营业执照将于 ${value(p, 'expiresOn')} 到期（剩 ${value(p, 'days')} 天）：30 天内到期的执照需先续期再认证，请办理续期后把新执照交给代理商。`,
  ID_EXPIRED: (p) =>
    `您的二代身份证已于 ${value(p, 'expiresOn')} 过期：请先换领二代身份证，通话时出示有效的身份证原件。`,
  ID_EXPIRES_BEFORE_APPOINTMENT: (p) =>
    `您的二代身份证将于 ${value(p, 'expiresOn')} 到期，早于预约日 ${value(p, 'appointmentDate')}：请先换领身份证，或请代理商改约到期前的时段。`,
  REPRESENTATIVE_NAME_MISMATCH: (p) =>
    `出镜人 ${value(p, 'fullName')} 与 Lazada 登记的法人 ${value(p, 'registered')} 不一致：必须由登记的法人（或授权签字人）本人出镜，请与代理商确认。`,
  CATEGORY_OUTSIDE_SCOPE: (p) =>
    `店铺经营类目“${value(p, 'category')}”不在营业执照经营范围内：代理商会调整类目或补充经营范围，请配合提供材料。`,
  PRODUCT_FILING_MISSING: (p) =>
    `${value(p, 'site')} 店铺销售受监管类目（${value(p, 'categories')}），缺少有效的产品备案：请准备产品备案证明交给代理商。`,
  DTI_MISSING: () => '菲律宾店铺缺少有效的 DTI 注册：请准备 DTI 注册证明交给代理商。',
  TAX_REGISTRATION_MISSING: () => '印尼店铺缺少有效的税务登记：请准备税务登记证明交给代理商。',
  NO_APPOINTMENT: () => '还没有预约视频认证时段：代理商会尽快预约，届时请留意通知。',
  APPOINTMENT_AFTER_DEADLINE: () => '预约时段晚于截止时间：代理商需要改约到截止时间之前。',
  APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS: () =>
    '预约时段不在站点当地 09:00–11:00：这个时段 Lazada 响应较慢，如需改约请告诉代理商。',
  RECENT_VIOLATIONS: (p) =>
    `近 90 天有 ${value(p, 'count')} 次违规，审核会更严格：请确保出示的资料与登记信息完全一致。`,
  CHINESE_SUPPORT_NOT_REQUESTED: () =>
    '您需要中文审核员，但代理商尚未向 Lazada 申请：请提醒代理商提前申请。',
  CHECKLIST_INCOMPLETE: (p) =>
    `准备清单还有 ${value(p, 'remaining')} 项未完成：请在通话前逐项确认并勾选。`,
};

export function readinessSentence(code: ReadinessCode, params: Params): string {
  return READINESS_WORDS[code](params);
}

/** The checklist, in the representative's words (the dashboard's zh-CN labels). */
export const CHECKLIST_LABELS_ZH: Record<ChecklistKey, string> = {
  'original-id-card': '法人二代身份证原件（在有效期内）',
  'original-business-license': '营业执照正本原件（在有效期内，经营范围覆盖在售类目）',
  'registered-phone': '注册手机在身边，可接收短信验证码',
  'device-check-24h': '提前 24 小时完成设备检测，使用登录卖家中心的同一台设备',
  'bandwidth-5mbps': '网络带宽 ≥ 5 Mbps，延迟低于 1000 ms',
  'no-vpn-proxy': '关闭 VPN / 代理，不使用虚拟机或远程桌面',
  'no-ad-blocker': '关闭广告拦截插件',
  'camera-mic-permission': '浏览器已允许摄像头和麦克风',
  'office-environment': '办公环境：有公司标识，纯色背景，证件无反光，关闭美颜',
  'official-link-only': '只使用 Lazada 官方链接（不用 Zoom / 腾讯会议），提前 5 分钟进入',
};

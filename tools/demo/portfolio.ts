// The demo agency's seller entities: realistic Shenzhen/Guangzhou/Yiwu sellers on Lazada's six sites,
// with licences, ID cards and filings expiring at different times and cases in every state.
// Valid USCCs and resident ID numbers are computed, not copied from real companies or people.
import { DateTime } from 'luxon';
import { residentId, uscc } from './identifiers';

/** The demo agency's time zone: its "today" decides days left, reminder rungs and the digest. */
export const DEMO_TIME_ZONE = 'Asia/Shanghai';
/** A date `offset` days from today on the agency's calendar (UTC's is a day behind 16:00–24:00 UTC). */
const day = (offset: number) =>
  DateTime.now().setZone(DEMO_TIME_ZONE).plus({ days: offset }).toISODate();
const hoursFromNow = (hours: number) => DateTime.now().plus({ hours }).toUTC().toISO();
/** Tomorrow's 10:00 on Bangkok's clock, as a UTC instant. */
const bangkokTomorrowAt10 = () =>
  DateTime.now()
    .setZone('Asia/Bangkok')
    .plus({ days: 1 })
    .set({ hour: 10, minute: 0, second: 0, millisecond: 0 })
    .toUTC()
    .toISO();

type DemoEntity = {
  legalName: string;
  englishName: string;
  uscc: string;
  representative: { fullName: string; idNumber: string; idExpiresOn: string | null };
  businessScope: string[];
  licenseExpiresOn: string | null;
  needsChineseSupport?: boolean;
  violationsLast90Days?: number;
  stores: [site: string, shopName: string, categories: string[]][];
  filings?: { type: string; number: string; expiresOn: string | null; sites: string[] }[];
  case?: {
    site: string;
    trigger: string;
    noticeHoursAgo: number;
    book?: 'bangkok';
    fail?: boolean;
  };
  dti?: boolean;
  /** Index into the managers invited, or null for none. */
  manager: number | null;
};

export const DEMO_ENTITIES: DemoEntity[] = [
  {
    legalName: '深圳市海拓电子商务有限公司',
    englishName: 'Shenzhen Haituo E-commerce Co., Ltd.',
    uscc: uscc('440300', 1001),
    representative: {
      fullName: '张伟',
      idNumber: residentId('440305', '19850312', 101),
      idExpiresOn: day(400),
    },
    businessScope: ['home-appliances', 'consumer-electronics'],
    licenseExpiresOn: day(18),
    stores: [
      ['TH', '海拓家电 TH', ['home-appliances']],
      ['MY', '海拓家电 MY', ['home-appliances']],
      ['PH', 'Haituo PH', ['consumer-electronics']],
    ],
    case: { site: 'TH', trigger: 'LOGIN_ENVIRONMENT', noticeHoursAgo: 20, book: 'bangkok' },
    manager: 0,
  },
  {
    legalName: '广州星辰贸易有限公司',
    englishName: 'Guangzhou Xingchen Trading Co., Ltd.',
    uscc: uscc('440100', 2002),
    representative: {
      fullName: '李强',
      idNumber: residentId('440106', '19790921', 212),
      idExpiresOn: null,
    },
    businessScope: ['cosmetics', 'beauty-tools'],
    licenseExpiresOn: null,
    stores: [
      ['MY', 'Xingchen Beauty MY', ['cosmetics']],
      ['SG', 'Xingchen Beauty SG', ['cosmetics']],
      ['VN', 'Xingchen VN', ['beauty-tools']],
    ],
    filings: [
      {
        type: 'PRODUCT_FILING',
        number: '粤G妆网备字2024012345',
        expiresOn: day(45),
        sites: ['MY'],
      },
    ],
    case: { site: 'MY', trigger: 'CATEGORY_CHANGE', noticeHoursAgo: 80 },
    manager: 0,
  },
  {
    legalName: '义乌市优品小商品有限公司',
    englishName: 'Yiwu Youpin Small Commodities Co., Ltd.',
    uscc: uscc('330782', 3003),
    representative: {
      fullName: '王芳',
      idNumber: residentId('330782', '19900507', 318),
      idExpiresOn: day(9),
    },
    businessScope: ['toys', 'stationery', 'home-decor'],
    licenseExpiresOn: day(300),
    stores: [
      ['PH', 'Youpin PH', ['toys']],
      ['ID', 'Youpin ID', ['stationery']],
      ['TH', 'Youpin TH', ['home-decor']],
    ],
    case: { site: 'PH', trigger: 'LISTING_BURST', noticeHoursAgo: 30, fail: true },
    manager: 1,
  },
  {
    legalName: '东莞市精工五金制品有限公司',
    englishName: 'Dongguan Jinggong Hardware Co., Ltd.',
    uscc: uscc('441900', 4004),
    representative: {
      fullName: '陈建国',
      idNumber: residentId('441900', '19720118', 425),
      idExpiresOn: day(900),
    },
    businessScope: ['tools', 'hardware'],
    licenseExpiresOn: day(-3),
    stores: [
      ['MY', 'Jinggong Tools MY', ['tools']],
      ['TH', 'Jinggong Tools TH', ['tools']],
    ],
    manager: 1,
  },
  {
    legalName: '杭州青禾健康科技有限公司',
    englishName: 'Hangzhou Qinghe Health Technology Co., Ltd.',
    uscc: uscc('330100', 5005),
    representative: {
      fullName: '刘洋',
      idNumber: residentId('330106', '19881130', 533),
      idExpiresOn: day(1200),
    },
    businessScope: ['health-supplements'],
    licenseExpiresOn: day(700),
    needsChineseSupport: true,
    violationsLast90Days: 2,
    stores: [
      ['SG', 'Qinghe Health SG', ['health-supplements']],
      ['MY', 'Qinghe Health MY', ['health-supplements']],
      ['ID', 'Qinghe ID', ['health-supplements']],
    ],
    manager: 0,
  },
  {
    legalName: '深圳市迅捷数码科技有限公司',
    englishName: 'Shenzhen Xunjie Digital Technology Co., Ltd.',
    uscc: uscc('440300', 6006),
    representative: {
      fullName: '赵敏',
      idNumber: residentId('440304', '19950622', 641),
      idExpiresOn: day(2000),
    },
    businessScope: ['consumer-electronics', 'phone-accessories'],
    licenseExpiresOn: day(60),
    stores: [
      ['VN', 'Xunjie VN', ['phone-accessories']],
      ['TH', 'Xunjie TH', ['phone-accessories']],
      ['PH', 'Xunjie PH', ['consumer-electronics']],
      ['MY', 'Xunjie MY', ['consumer-electronics']],
    ],
    dti: true,
    manager: null,
  },
  {
    legalName: '泉州市丰泽鞋业有限公司',
    englishName: 'Quanzhou Fengze Footwear Co., Ltd.',
    uscc: uscc('350500', 7007),
    representative: {
      fullName: '黄志明',
      idNumber: residentId('350503', '19830404', 751),
      idExpiresOn: day(500),
    },
    businessScope: ['footwear', 'apparel'],
    licenseExpiresOn: day(25),
    stores: [
      ['ID', 'Fengze Shoes ID', ['footwear']],
      ['VN', 'Fengze Shoes VN', ['footwear']],
    ],
    manager: 1,
  },
  {
    legalName: '宁波海曙厨具有限公司',
    englishName: 'Ningbo Haishu Kitchenware Co., Ltd.',
    uscc: uscc('330203', 8008),
    representative: {
      fullName: '周丽',
      idNumber: residentId('330203', '19870815', 866),
      idExpiresOn: null,
    },
    businessScope: ['kitchenware', 'home-appliances'],
    licenseExpiresOn: null,
    stores: [
      ['SG', 'Haishu Kitchen SG', ['kitchenware']],
      ['MY', 'Haishu Kitchen MY', ['kitchenware']],
    ],
    manager: null,
  },
];

export const CASE_SITES_NOTE =
  'cases are opened relative to now, so the demo always shows live countdowns';

/** Sends one operation as `bearer` and returns its data (throws on a GraphQL error). */
export type DemoGql = (
  query: string,
  variables: Record<string, unknown>,
  bearer?: string,
) => Promise<any>;

export async function seedPortfolio(gql: DemoGql, token: string, managerMemberIds: string[]) {
  for (const [index, spec] of DEMO_ENTITIES.entries()) {
    const managerId = spec.manager === null ? null : (managerMemberIds[spec.manager] ?? null);
    const entity = await gql(
      `mutation($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) { id } }`,
      {
        input: {
          legalName: spec.legalName,
          englishName: spec.englishName,
          uscc: spec.uscc,
          registeredRepresentativeName: spec.representative.fullName,
          businessScope: spec.businessScope,
          violationsLast90Days: spec.violationsLast90Days ?? 0,
          needsChineseSupport: spec.needsChineseSupport ?? false,
          managerId,
        },
      },
      token,
    );
    const entityId = entity.createSellerEntity.id;
    const representative = await gql(
      `mutation($input: AddRepresentativeInput!) { addRepresentative(input: $input) { id } }`,
      {
        input: {
          sellerEntityId: entityId,
          fullName: spec.representative.fullName,
          role: 'LEGAL_REPRESENTATIVE',
          idType: 'CN_RESIDENT_ID',
          idNumber: spec.representative.idNumber,
          idExpiresOn: spec.representative.idExpiresOn,
          phone: `+86 138 ${String(1000 + index).padStart(4, '0')} ${String(8000 + index)}`,
        },
      },
      token,
    );
    await gql(
      `mutation($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
      {
        input: {
          sellerEntityId: entityId,
          type: 'BUSINESS_LICENSE',
          number: spec.uscc,
          expiresOn: spec.licenseExpiresOn,
        },
      },
      token,
    );
    for (const [storeIndex, [site, shopName, categories]] of spec.stores.entries()) {
      await gql(
        `mutation($input: AddStoreInput!) { addStore(input: $input) { id } }`,
        {
          input: {
            sellerEntityId: entityId,
            site,
            shopName,
            lazadaSellerId: `${site}${100000 + index * 10 + storeIndex}`,
            categories,
          },
        },
        token,
      );
    }
    for (const filing of spec.filings ?? []) {
      await gql(
        `mutation($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
        { input: { sellerEntityId: entityId, ...filing } },
        token,
      );
    }
    if (spec.dti) {
      await gql(
        `mutation($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
        {
          input: {
            sellerEntityId: entityId,
            type: 'DTI_REGISTRATION',
            number: `DTI-${3000000 + index}`,
            expiresOn: day(200),
            sites: ['PH'],
          },
        },
        token,
      );
    }
    if (spec.case) {
      const opened = await gql(
        `mutation($input: OpenVerificationCaseInput!) { openVerificationCase(input: $input) { id } }`,
        {
          input: {
            sellerEntityId: entityId,
            representativeId: representative.addRepresentative.id,
            site: spec.case.site,
            trigger: spec.case.trigger,
            noticeReceivedAt: hoursFromNow(-spec.case.noticeHoursAgo),
          },
        },
        token,
      );
      const caseId = opened.openVerificationCase.id;
      if (spec.case.book === 'bangkok') {
        await gql(
          `mutation($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`,
          { input: { caseId, startsAt: bangkokTomorrowAt10() } },
          token,
        );
        for (const key of ['original-id-card', 'original-business-license', 'registered-phone']) {
          await gql(
            `mutation($input: ChecklistUpdateInput!) { updateChecklist(input: $input) { id } }`,
            { input: { caseId, key, done: true } },
            token,
          );
        }
      }
      if (spec.case.fail) {
        await gql(
          `mutation($input: RecordAttemptInput!) { recordAttempt(input: $input) { id } }`,
          {
            input: {
              caseId,
              outcome: 'FAILED',
              occurredAt: hoursFromNow(-4),
              failureReasons: ['DOCUMENT_BLURRY', 'NETWORK_LATENCY'],
              freezeExtensionHours: 48,
            },
          },
          token,
        );
      }
    }
  }
}

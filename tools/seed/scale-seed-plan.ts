import {
  addDaysToDate,
  DocumentType,
  FAILURE_REASONS,
  FailureReason,
  REGULATED_CATEGORIES,
  residentIdCheckCharacter,
  Site,
  SITES,
  TRIGGER_REASONS,
  TriggerReason,
  usccCheckCharacter,
} from '@veridesk/domain';
import type {
  IdType,
  RepresentativeRole,
} from '@veridesk/api/modules/representative/representative.entity';
import type { StoreModule, StoreStatus } from '@veridesk/api/modules/store/store.entity';
import {
  CITIES,
  GIVEN,
  SHOP_WORDS,
  SITE_WEIGHTS,
  SURNAMES,
  SYLLABLES,
  TRADES,
} from './scale-seed-vocabulary';

/**
 * What `npm run seed:scale` creates, computed up front from a seed number: the same seed and
 * sizes give the same names, identifiers, assignments and case kinds. Dates are offsets from the
 * agency's today (expiries) or from now (cases), so the spread of expiries and deadlines holds on
 * whatever day the seed runs.
 */
export type ScaleSeedSizes = { entities: number; managers: number };

export type PlannedStore = {
  site: Site;
  shopName: string;
  lazadaSellerId: string;
  categories: string[];
  /** A status set by hand (only on entities without cases, so no case undoes it). */
  status: Exclude<StoreStatus, 'ACTIVE'> | null;
  /** The modules Lazada holds; null = all three. */
  restrictedModules: StoreModule[] | null;
  /** Days from now the freeze of a FROZEN store ends. */
  freezeDays: number | null;
};

export type PlannedRepresentative = {
  fullName: string;
  role: RepresentativeRole;
  idType: IdType;
  idNumber: string;
  idExpiresOn: string | null;
  phone: string | null;
};

export type PlannedDocument = {
  type: DocumentType;
  number: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  sites: Site[];
  /** Index into the entity's representatives (an authorization letter names its signatory). */
  representative: number | null;
};

/** Every state a case can be in, open and closed, as the dashboard shows them. */
export const CASE_KINDS = [
  'awaiting-booking',
  'awaiting-booking-due-soon',
  'scheduled',
  'scheduled-outside-hours',
  'failed-with-freeze',
  'failed-no-show',
  'rebooked-after-failure',
  'overdue',
  'overdue-after-failure',
  'passed',
  'cancelled',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export type PlannedCase = {
  kind: CaseKind;
  site: Site;
  trigger: TriggerReason;
  representative: number;
  /** Hours before now the notice arrived. */
  noticeHoursAgo: number;
  /** Checklist items ticked, from the start of the list. */
  checklistDone: number;
  /** A failed call: what Lazada said, how long it extended the freeze, what a no-show was. */
  failureReasons: FailureReason[];
  freezeHours: number;
  missedOutcome: 'NO_SHOW' | 'INTERRUPTED';
};

export type PlannedEntity = {
  uscc: string;
  legalName: string;
  englishName: string | null;
  registeredRepresentativeName: string;
  businessScope: string[];
  licenseExpiresOn: string | null;
  stores: PlannedStore[];
  representatives: PlannedRepresentative[];
  documents: PlannedDocument[];
  /** Index of the managing member, or null (unassigned). */
  manager: number | null;
  violationsLast90Days: number;
  needsChineseSupport: boolean;
  chineseSupportRequested: boolean;
  verificationCase: PlannedCase | null;
  archived: boolean;
};

export type PlannedManager = { name: string; label: string };

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG; plenty for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = ReturnType<typeof makeRandom>;

function makeRandom(seed: number) {
  const next = seededRandom(seed);
  const random = {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** A value by weight: [[value, weight], …]. */
    weighted: <T>(choices: ReadonlyArray<readonly [T, number]>): T => {
      let roll = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
      return choices[choices.length - 1][0];
    },
    /** `count` distinct items, earlier items favoured by their weights. */
    sample: <T>(items: ReadonlyArray<readonly [T, number]>, count: number): T[] => {
      const left = [...items];
      const chosen: T[] = [];
      while (chosen.length < count && left.length) {
        const value = random.weighted(left);
        chosen.push(value);
        left.splice(
          left.findIndex(([candidate]) => candidate === value),
          1,
        );
      }
      return chosen;
    },
  };
  return random;
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const HAND_SET_STATUSES = ['RESTRICTED', 'FROZEN', 'UNDER_REVIEW', 'CLOSED'] as const;

/**
 * An expiry as the brief's spread: ~15% long-term (null), ~10% already past, ~10% each within
 * 0–30, 31–60 and 61–90 days, the rest later.
 */
function expiry(random: Random, today: string): string | null {
  const offset = random.weighted<[number, number] | null>([
    [null, 15],
    [[-400, -1], 10],
    [[0, 30], 10],
    [[31, 60], 10],
    [[61, 90], 10],
    [[91, 1800], 45],
  ]);
  return offset ? addDaysToDate(today, random.int(offset[0], offset[1])) : null;
}

function issued(random: Random, today: string, expiresOn: string | null): string | null {
  if (random.chance(0.3)) return null;
  const base = expiresOn && expiresOn < today ? expiresOn : today;
  return addDaysToDate(base, -random.int(200, 1800));
}

function uscc(random: Random, region: string, serial: number): string {
  // 9 (enterprise) 1 (company), the region, then an organisation code unique by serial.
  let tail = '';
  for (let rest = serial, digit = 0; digit < 4; digit++, rest = Math.floor(rest / 31))
    tail = USCC_ALPHABET[rest % 31] + tail;
  const head = Array.from({ length: 5 }, () => random.pick([...USCC_ALPHABET])).join('');
  const first17 = `91${region}${head}${tail}`;
  return first17 + usccCheckCharacter(first17);
}

function residentId(random: Random, area: string, today: string): string {
  const birth = addDaysToDate(today, -random.int(22 * 365, 62 * 365)).replaceAll('-', '');
  const first17 = `${area}${birth}${String(random.int(1, 999)).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

function personName(random: Random): string {
  const given = random.chance(0.6) ? 2 : 1;
  return (
    random.pick([...SURNAMES]) +
    Array.from({ length: given }, () => random.pick([...GIVEN])).join('')
  );
}

function representative(
  random: Random,
  role: RepresentativeRole,
  area: string,
  today: string,
): PlannedRepresentative {
  const idType = random.weighted<IdType>([
    ['CN_RESIDENT_ID', 95],
    ['HK_MACAO_TAIWAN_PERMIT', 3],
    ['PASSPORT', 2],
  ]);
  const idNumber =
    idType === 'CN_RESIDENT_ID'
      ? residentId(random, area, today)
      : `${idType === 'PASSPORT' ? 'E' : 'H'}${random.int(10_000_000, 99_999_999)}`;
  return {
    fullName: personName(random),
    role,
    idType,
    idNumber,
    idExpiresOn: expiry(random, today),
    phone:
      role === 'LEGAL_REPRESENTATIVE' || random.chance(0.5)
        ? `+861${random.int(3_000_000_000, 9_999_999_999)}`
        : null,
  };
}

function documentNumber(random: Random, type: DocumentType, site: Site | null): string | null {
  const digits = (length: number) => String(random.int(10 ** (length - 1), 10 ** length - 1));
  switch (type) {
    case 'PRODUCT_FILING':
      return `粤G妆网备字${random.int(2019, 2026)}${digits(6)}${site ? `-${site}` : ''}`;
    case 'DTI_REGISTRATION':
      return `DTI-${digits(7)}`;
    case 'TAX_REGISTRATION':
      return `${digits(2)}.${digits(3)}.${digits(3)}.${digits(1)}-${digits(3)}.000`;
    case 'TRADEMARK_CERTIFICATE':
      return `第${digits(8)}号`;
    case 'ISO_CERTIFICATE':
      return `ISO 9001:2015 No. ${digits(8)}`;
    case 'BANK_ACCOUNT_PROOF':
      return `****${digits(4)}`;
    default:
      return null;
  }
}

function documents(
  random: Random,
  today: string,
  stores: PlannedStore[],
  representatives: PlannedRepresentative[],
): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  const add = (type: DocumentType, sites: Site[], representativeIndex: number | null = null) => {
    const expiresOn =
      type === 'AUTHORIZATION_LETTER' || type === 'BANK_ACCOUNT_PROOF' || type === 'OTHER'
        ? random.chance(0.5)
          ? null
          : expiry(random, today)
        : expiry(random, today);
    planned.push({
      type,
      number: documentNumber(random, type, sites.length === 1 ? sites[0] : null),
      issuedOn: issued(random, today, expiresOn),
      expiresOn,
      sites,
      representative: representativeIndex,
    });
  };
  // What the readiness rules look for, present for most stores that need it.
  for (const store of stores) {
    if (
      store.categories.some((category) =>
        (REGULATED_CATEGORIES as readonly string[]).includes(category),
      ) &&
      random.chance(0.85)
    )
      add('PRODUCT_FILING', [store.site]);
    if (store.site === 'PH' && random.chance(0.85)) add('DTI_REGISTRATION', ['PH']);
    if (store.site === 'ID' && random.chance(0.85)) add('TAX_REGISTRATION', ['ID']);
  }
  representatives.forEach((person, index) => {
    if (person.role === 'AUTHORIZED_SIGNATORY') add('AUTHORIZATION_LETTER', [], index);
  });
  // Then the rest of a typical file: about nine documents besides the licence and ID cards.
  const target = random.int(6, 12);
  while (planned.length < target) {
    const type = random.weighted<DocumentType>([
      ['TRADEMARK_CERTIFICATE', 30],
      ['BANK_ACCOUNT_PROOF', 25],
      ['ISO_CERTIFICATE', 10],
      ['PRODUCT_FILING', 15],
      ['OTHER', 20],
    ]);
    const store = random.pick(stores);
    add(
      type,
      type === 'BANK_ACCOUNT_PROOF' || type === 'PRODUCT_FILING' || random.chance(0.3)
        ? [store.site]
        : [],
    );
  }
  return planned;
}

function stores(
  random: Random,
  index: number,
  brand: string,
  scope: string[],
  extra: string,
): PlannedStore[] {
  const count = random.weighted([
    [1, 6],
    [2, 12],
    [3, 20],
    [4, 25],
    [5, 20],
    [6, 17],
  ]);
  return random.sample(SITE_WEIGHTS, count).map((site) => {
    const categories = random.sample(
      scope.map((category) => [category, 1] as const),
      random.int(1, scope.length),
    );
    // Some stores sell a category the licence's scope does not cover.
    if (random.chance(0.08)) categories.push(extra);
    return {
      site,
      shopName: random.chance(0.5)
        ? `${brand} ${random.pick(SHOP_WORDS)} ${site}`
        : `${brand} ${site}`,
      lazadaSellerId: String(1_100_000_000 + index * 10 + SITES.indexOf(site)),
      categories,
      status: null,
      restrictedModules: null,
      freezeDays: null,
    };
  });
}

function verificationCase(
  random: Random,
  entity: PlannedEntity,
  openRate: number,
  /** Set for the first entities, so even a small seed has a case of every kind. */
  forced: CaseKind | undefined,
): PlannedCase | null {
  const roll = random.next();
  const closedRate = openRate * 0.4;
  if (!forced && roll >= openRate + closedRate) return null;
  const kind: CaseKind = forced
    ? forced
    : roll >= openRate
      ? random.weighted<CaseKind>([
          ['passed', 75],
          ['cancelled', 25],
        ])
      : random.weighted<CaseKind>([
          ['awaiting-booking', 20],
          ['awaiting-booking-due-soon', 10],
          ['scheduled', 18],
          ['scheduled-outside-hours', 8],
          ['failed-with-freeze', 12],
          ['failed-no-show', 6],
          ['rebooked-after-failure', 8],
          ['overdue', 12],
          ['overdue-after-failure', 6],
        ]);
  const noticeHoursAgo =
    kind === 'awaiting-booking-due-soon'
      ? random.int(50, 68)
      : kind === 'overdue' || kind === 'overdue-after-failure'
        ? random.int(75, 240)
        : kind === 'passed' || kind === 'cancelled'
          ? random.int(96, 60 * 24)
          : random.int(2, 44);
  const signatories = entity.representatives
    .map((person, index) => (person.role === 'AUTHORIZED_SIGNATORY' ? index : -1))
    .filter((index) => index >= 0);
  return {
    kind,
    site: random.pick(entity.stores).site,
    trigger: random.pick(TRIGGER_REASONS),
    representative: signatories.length && random.chance(0.3) ? random.pick(signatories) : 0,
    noticeHoursAgo,
    checklistDone:
      kind.startsWith('scheduled') || kind === 'rebooked-after-failure'
        ? random.int(0, 10)
        : random.int(0, 3),
    failureReasons: random.sample(
      FAILURE_REASONS.map((reason) => [reason, 1] as const),
      random.int(1, 2),
    ),
    freezeHours: random.int(24, 72),
    missedOutcome: random.chance(0.6) ? 'NO_SHOW' : 'INTERRUPTED',
  };
}

/** The whole portfolio for a seed, sizes and the agency's today ("YYYY-MM-DD"). */
export function planScaleSeed(seed: number, sizes: ScaleSeedSizes, today: string) {
  const random = makeRandom(seed);
  const managers: PlannedManager[] = Array.from({ length: sizes.managers }, (_, index) => ({
    name: personName(random),
    label: `manager${String(index + 1).padStart(2, '0')}`,
  }));
  const entities: PlannedEntity[] = [];
  for (let index = 0; index < sizes.entities; index++) {
    const [region, area, city] = random.pick(CITIES);
    const [trade, tradeEnglish, scope, extra] = random.weighted(
      TRADES.map((trade) => [trade, trade[4]] as const),
    );
    const syllables = [random.pick(SYLLABLES), random.pick(SYLLABLES)];
    const brand = syllables
      .map(([, latin]) => latin)
      .join('')
      .replace(/^./, (first) => first.toUpperCase());
    const people = [representative(random, 'LEGAL_REPRESENTATIVE', area, today)];
    const signatories = random.weighted([
      [0, 25],
      [1, 55],
      [2, 20],
    ]);
    for (let n = 0; n < signatories; n++)
      people.push(representative(random, 'AUTHORIZED_SIGNATORY', area, today));
    const entityStores = stores(random, index, brand, scope, extra);
    const entity: PlannedEntity = {
      uscc: uscc(random, region, index),
      legalName: `${city}${syllables.map(([chinese]) => chinese).join('')}${trade}有限公司`,
      englishName: random.chance(0.6) ? `${brand} ${tradeEnglish} Co., Ltd.` : null,
      // A few registrations still name a former legal representative.
      registeredRepresentativeName: random.chance(0.03) ? personName(random) : people[0].fullName,
      businessScope: scope,
      licenseExpiresOn: expiry(random, today),
      stores: entityStores,
      representatives: people,
      documents: documents(random, today, entityStores, people),
      // A few managers carry big portfolios; about one entity in twelve has no manager yet.
      manager:
        sizes.managers && !random.chance(0.08)
          ? Math.floor(sizes.managers * random.next() ** 1.4)
          : null,
      violationsLast90Days: random.chance(0.12) ? random.int(1, 5) : 0,
      needsChineseSupport: false,
      chineseSupportRequested: false,
      verificationCase: null,
      archived: false,
    };
    entity.needsChineseSupport = random.chance(0.12);
    entity.chineseSupportRequested = entity.needsChineseSupport && random.chance(0.5);
    // The first entities show a case of every kind and every status set by hand, however small
    // the seed.
    const forcedStatus = HAND_SET_STATUSES[index - CASE_KINDS.length];
    entity.verificationCase = forcedStatus
      ? null
      : verificationCase(random, entity, 0.16, CASE_KINDS[index]);
    if (!entity.verificationCase) {
      for (const store of entity.stores) {
        store.status = random.weighted<PlannedStore['status']>([
          [null, 940],
          ['RESTRICTED', 30],
          ['FROZEN', 15],
          ['UNDER_REVIEW', 10],
          ['CLOSED', 5],
        ]);
        if (forcedStatus && store === entity.stores[0]) store.status = forcedStatus;
        if (store.status === 'FROZEN') store.freezeDays = random.int(1, 14);
        // Some restrictions hold only listing, as Lazada does for a listing burst.
        if (store.status === 'RESTRICTED' && random.chance(0.4))
          store.restrictedModules = ['PRODUCT_LISTING'];
      }
      entity.archived = random.chance(0.01);
    }
    entities.push(entity);
  }
  return { managers, entities };
}

export type ScaleSeedPlan = ReturnType<typeof planScaleSeed>;

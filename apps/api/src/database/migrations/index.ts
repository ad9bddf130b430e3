import { Foundation1764400000000 } from './1764400000000-foundation';
import { Portfolio1795944155181 } from './1795944155181-Portfolio';
import { Notifications1795944913535 } from './1795944913535-Notifications';
import { PhoneKeyIdAndManagerSetNull1795951858447 } from './1795951858447-PhoneKeyIdAndManagerSetNull';
import { StoreImpacts1795957368510 } from './1795957368510-StoreImpacts';
import { SummaryIndexes1795958149765 } from './1795958149765-SummaryIndexes';
import { StoreImpactsFlaggedRank1795964699617 } from './1795964699617-StoreImpactsFlaggedRank';
import { RlsAgencyOncePerStatement1795965000000 } from './1795965000000-RlsAgencyOncePerStatement';
import { NormalizeStoredSellerIds1795970000000 } from './1795970000000-NormalizeStoredSellerIds';
import { StoreImpactsBulkRefresh1795971000000 } from './1795971000000-StoreImpactsBulkRefresh';
import { Channels1796213852051 } from './1796213852051-Channels';
import { ChannelEvents1796300000000 } from './1796300000000-ChannelEvents';
import { CallPrepLinks1796400000000 } from './1796400000000-CallPrepLinks';
import { DocumentRequests1796410000000 } from './1796410000000-DocumentRequests';
import { CalendarFeeds1796420000000 } from './1796420000000-CalendarFeeds';
import { PortfolioCounts1796500000000 } from './1796500000000-PortfolioCounts';
import { StoreImpactsBulkHashJoins1796510000000 } from './1796510000000-StoreImpactsBulkHashJoins';
import { Trust1796600000000 } from './1796600000000-Trust';
import { StoreImpactsRankByDate1796700000000 } from './1796700000000-StoreImpactsRankByDate';
import { CountRollups1796800000000 } from './1796800000000-CountRollups';

/** Every migration, in order (listed, not globbed, so the bundled build finds them). */
export const MIGRATIONS = [
  Foundation1764400000000,
  Portfolio1795944155181,
  Notifications1795944913535,
  PhoneKeyIdAndManagerSetNull1795951858447,
  StoreImpacts1795957368510,
  SummaryIndexes1795958149765,
  StoreImpactsFlaggedRank1795964699617,
  RlsAgencyOncePerStatement1795965000000,
  NormalizeStoredSellerIds1795970000000,
  StoreImpactsBulkRefresh1795971000000,
  Channels1796213852051,
  ChannelEvents1796300000000,
  CallPrepLinks1796400000000,
  DocumentRequests1796410000000,
  CalendarFeeds1796420000000,
  PortfolioCounts1796500000000,
  StoreImpactsBulkHashJoins1796510000000,
  Trust1796600000000,
  StoreImpactsRankByDate1796700000000,
  CountRollups1796800000000,
];

/** Zones an agency usually works in: mainland China first, then the Lazada markets. */
export const AGENCY_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Ho_Chi_Minh',
] as const;

export const DEFAULT_AGENCY_TIME_ZONE = 'Asia/Shanghai';

import { CHECKLIST_KEYS, ChecklistKey } from '@veridesk/domain';

/** English labels; the dashboard words them in the reader's language by key. */
export const CHECKLIST_LABELS: Record<ChecklistKey, string> = {
  'original-id-card': 'Original second-generation ID card of the representative, in hand',
  'original-business-license':
    'Original business licence (valid, scope covers the categories sold)',
  'registered-phone': 'The registered phone, able to receive SMS',
  'device-check-24h': 'Device and browser check done 24 hours before',
  'bandwidth-5mbps': 'Network of at least 5 Mbps',
  'no-vpn-proxy': 'No VPN or proxy',
  'no-ad-blocker': 'Ad blockers switched off',
  'camera-mic-permission': 'Camera and microphone allowed in the browser',
  'office-environment':
    'Office setting: desk, computer with Seller Center open, company signage, plain background',
  'official-link-only':
    'Joining through the official Lazada link only (no Zoom or Tencent Meeting)',
};

export function checklistItems(state: Record<string, boolean>) {
  return CHECKLIST_KEYS.map((key) => ({
    key,
    label: CHECKLIST_LABELS[key],
    done: state[key] === true,
  }));
}

import type { BULLETIN_VOICES } from '@column57/snapshot';

type Voice = (typeof BULLETIN_VOICES)[number];

/**
 * The regional voice a body's listeners expect, from its province's two-digit administrative code: the
 * national list of administrative units numbers provinces from north to south, so Thanh Hóa (38) to Lâm
 * Đồng (68) are the central provinces and everything from 70 on is the south. Without a code (ministries,
 * a body not yet coded) the northern voice, the one national broadcasts use.
 */
export function voiceForCode(code: string | null | undefined): Voice {
  const n = code && /^\d{2}$/.test(code) ? Number(code) : NaN;
  if (!Number.isFinite(n)) return 'north';
  if (n >= 70) return 'south';
  if (n >= 38) return 'central';
  return 'north';
}

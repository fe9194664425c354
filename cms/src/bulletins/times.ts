/**
 * A bulletin's broadcast times as an editor types them ("06:30, 17:00", "6:30; 17h00"): one field an editor
 * fills in a second, checked here and turned into the snapshot's sorted HH:MM list.
 */
export interface ParsedTimes {
  times: string[];
  /** The pieces that are not a time of day, as typed. */
  malformed: string[];
}

const TIME = /^([01]?\d|2[0-3])\s*[:hH.]\s*([0-5]\d)$/;

export function parseTimes(value: unknown): ParsedTimes {
  const pieces = String(value ?? '')
    .split(/[,;\n]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const times = new Set<string>();
  const malformed: string[] = [];
  for (const piece of pieces) {
    const match = TIME.exec(piece);
    if (match) times.add(`${match[1].padStart(2, '0')}:${match[2]}`);
    else malformed.push(piece);
  }
  return { times: [...times].sort(), malformed };
}

/** Every day from `from` to `to` inclusive that also lies in [start, end] (ISO dates), counted. */
export function daysOverlapping(from: string, to: string, start: string, end: string): number {
  const first = from > start ? from : start;
  const last = to < end ? to : end;
  if (!first || !last || last < first) return 0;
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

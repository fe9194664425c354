/**
 * One change at a time per report month of a body, inside this CMS process: a save, a submit and an
 * amendment of the same month queue behind each other, so none of them acts on what another is
 * about to change. (The CMS runs as one process; the writes themselves are also conditional.)
 */
const tails = new Map<string, Promise<unknown>>();

export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

export const monthKey = (bodyDocumentId: string, month: string) => `${bodyDocumentId}|${month}`;

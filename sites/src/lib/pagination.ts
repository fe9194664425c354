/** A place in a pagination bar: a page number, or a gap standing for the pages left out. */
export type PageSlot = number | 'gap';

/**
 * The pages a pagination bar links to: the first, the last, and the current page with its neighbours,
 * with gaps between them. A list of 100 pages then shows 7 places, not 100: readable on a phone, and
 * no page of a long list grows with the list's length (each would otherwise link to every other).
 * A gap stands only for two or more pages; a single missing page is shown instead.
 */
export function pageWindow(page: number, pages: number, around = 1): PageSlot[] {
  const shown = new Set([1, pages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  for (const [i, n] of sorted.entries()) {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) slots.push(n - 1);
    else if (before !== undefined && n - before > 2) slots.push('gap');
    slots.push(n);
  }
  return slots;
}

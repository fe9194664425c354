/**
 * Pasted Markdown of whole blocks (headings, lists, tables, paragraphs) must stand apart from the text around
 * the cursor, or a heading pasted at the end of a table row joins the row. Given the text before and after the
 * selection, this adds the blank lines Markdown needs between blocks, and no more than are missing.
 */
export function asSeparateBlocks(markdown: string, before: string, after: string): string {
  const body = markdown.trim();
  // A phrase (one line, no heading, list, quote or table) goes where the cursor is, inside the paragraph.
  if (!body.includes('\n') && !/^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/.test(body)) return body;
  const lead = !before || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = !after || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return `${lead}${body}${trail}`;
}

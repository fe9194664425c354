/**
 * Word, Google Docs and LibreOffice put on the clipboard HTML made for their own round trip: Word's mso-*
 * styles and conditional comments, lists drawn as paragraphs with a typed bullet, Google Docs' bold as a
 * styled span inside a `<b style="font-weight:normal">`, tables whose cells hold paragraphs. This turns it
 * into the plain HTML the Markdown converter understands. It runs in the admin panel (the browser's DOM) and
 * on the server (linkedom, for what mammoth makes of a .docx), so it takes the document it works on and
 * uses only what both DOMs have; the types below are that common part.
 */

export interface CleanNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: CleanNode | null;
  childNodes: ArrayLike<CleanNode>;
  remove(): void;
}

export interface CleanElement extends CleanNode {
  tagName: string;
  innerHTML: string;
  children: ArrayLike<CleanElement>;
  firstChild: CleanNode | null;
  nextElementSibling: CleanElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  attributes: ArrayLike<{ name: string }>;
  querySelectorAll(selector: string): ArrayLike<CleanElement>;
  appendChild(node: CleanNode): CleanNode;
  insertBefore(node: CleanNode, before: CleanNode | null): CleanNode;
  replaceWith(...nodes: CleanNode[]): void;
}

export interface CleanDocument {
  body: CleanElement;
  createElement(tag: string): CleanElement;
  createTextNode(text: string): CleanNode;
  createTreeWalker?: unknown;
}

const COMMENT_NODE = 8;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const all = (root: CleanElement, selector: string) => Array.from(root.querySelectorAll(selector));
const styleOf = (el: CleanElement) => (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');

/** Moves an element's children out in its place: the text stays, the wrapper goes. */
function unwrap(el: CleanElement) {
  const parent = el.parentNode as CleanElement | null;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/** Changes an element's tag, keeping its children (DOMs cannot rename an element in place). */
function retag(doc: CleanDocument, el: CleanElement, tag: string): CleanElement {
  const replacement = doc.createElement(tag);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  for (const name of ['href', 'src', 'alt', 'title', 'colspan', 'rowspan']) {
    const value = el.getAttribute(name);
    if (value !== null) replacement.setAttribute(name, value);
  }
  el.replaceWith(replacement);
  return replacement;
}

function removeComments(node: CleanNode) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === COMMENT_NODE) child.remove();
    else if (child.nodeType === ELEMENT_NODE) removeComments(child);
  }
}

/** Word's list level and whether the typed bullet was a number, read before the bullet is dropped. */
interface WordListItem {
  el: CleanElement;
  /** Word's list id (l0, l1, …): a paragraph of another list starts a new one. */
  list: string;
  level: number;
  ordered: boolean;
}

function wordListItem(el: CleanElement): WordListItem | null {
  const style = styleOf(el);
  const match = /mso-list:(l\d+)level(\d+)/.exec(style);
  if (!match && !/MsoListParagraph/i.test(el.getAttribute('class') ?? '')) return null;
  const marker = el.querySelectorAll('[style*="mso-list"]')[0];
  const bullet = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  return { el, list: match?.[1] ?? '', level: match ? Number(match[2]) : 1, ordered: /^(\d+|[a-z]{1,3}|[ivxlcdm]+)[.)]$/i.test(bullet) };
}

/** Word writes a list as consecutive paragraphs with an mso-list style: they become nested ul/ol. */
function rebuildWordLists(doc: CleanDocument) {
  const paragraphs = all(doc.body, 'p');
  const handled = new Set<CleanElement>();
  for (const first of paragraphs) {
    if (handled.has(first)) continue;
    const firstItem = wordListItem(first);
    if (!firstItem) continue;
    const run: WordListItem[] = [firstItem];
    for (let next = first.nextElementSibling; next && next.tagName === 'P'; next = next.nextElementSibling) {
      const item = wordListItem(next);
      if (!item || item.list !== firstItem.list) break;
      run.push(item);
    }
    const root = doc.createElement(firstItem.ordered ? 'ol' : 'ul');
    (first.parentNode as CleanElement).insertBefore(root, first);
    const stack: Array<{ list: CleanElement; level: number }> = [{ list: root, level: firstItem.level }];
    for (const item of run) {
      handled.add(item.el);
      while (stack.length > 1 && item.level < stack[stack.length - 1].level) stack.pop();
      let top = stack[stack.length - 1];
      if (item.level > top.level) {
        const parentItem = top.list.children[top.list.children.length - 1] ?? top.list;
        const nested = doc.createElement(item.ordered ? 'ol' : 'ul');
        parentItem.appendChild(nested);
        top = { list: nested, level: item.level };
        stack.push(top);
      }
      for (const marker of all(item.el, '[style*="mso-list"]')) marker.remove();
      const li = retag(doc, item.el, 'li');
      top.list.appendChild(li);
    }
  }
}

/** Google Docs and LibreOffice say bold and italic with styles on spans. */
function stylesToEmphasis(doc: CleanDocument) {
  for (const el of all(doc.body, 'b')) {
    // Google Docs wraps the whole clipboard in <b style="font-weight:normal" id="docs-internal-guid-…">.
    if (/font-weight:(normal|400)/.test(styleOf(el))) unwrap(el);
  }
  for (const span of all(doc.body, 'span')) {
    const style = styleOf(span);
    let target: CleanElement = span;
    if (/font-weight:(bold|[6-9]00)/.test(style)) target = wrapChildren(doc, target, 'strong');
    if (/font-style:italic/.test(style)) wrapChildren(doc, target, 'em');
  }
}

function wrapChildren(doc: CleanDocument, el: CleanElement, tag: string): CleanElement {
  const wrapper = doc.createElement(tag);
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
  return wrapper;
}

/**
 * GFM tables need a header row and one line per cell: the first row becomes the header when the table has
 * none (Word and mammoth never mark one), and a cell's paragraphs are joined by spaces.
 */
function simplifyTables(doc: CleanDocument) {
  for (const table of all(doc.body, 'table')) {
    for (const extra of all(table, 'colgroup, col')) extra.remove();
    for (const cell of all(table, 'td, th')) {
      for (const block of all(cell, 'p, div, h1, h2, h3, h4, h5, h6')) {
        block.appendChild(doc.createTextNode(' '));
        unwrap(block);
      }
      for (const br of all(cell, 'br')) br.replaceWith(doc.createTextNode(' '));
    }
    // The GFM plugin counts a row's child nodes to find the first cell: the indentation between them must go.
    for (const part of [table, ...all(table, 'thead, tbody, tfoot, tr')]) {
      for (const child of Array.from(part.childNodes)) if (child.nodeType === TEXT_NODE && !child.textContent?.trim()) child.remove();
    }
    if (!all(table, 'th').length) {
      const firstRow = all(table, 'tr')[0];
      if (firstRow) for (const cell of all(firstRow, 'td')) retag(doc, cell, 'th');
    }
  }
}

const NOISE = 'style, meta, link, title, xml, script, template, o\\:p, v\\:shapetype, w\\:sdt';

/** Cleans the document in place and returns the body's HTML, ready for the Markdown converter. */
export function cleanOfficeHtml(doc: CleanDocument): string {
  const body = doc.body;
  removeComments(body);
  for (const el of all(body, NOISE)) {
    // o:p holds Word's non-breaking spaces for empty paragraphs; the rest is markup for Word itself.
    el.remove();
  }
  for (const el of all(body, '*')) if (el.tagName.includes(':')) unwrap(el);
  rebuildWordLists(doc);
  // Word's spacer spans and tab counts only carry whitespace.
  for (const span of all(body, 'span')) {
    const style = styleOf(span);
    if (/mso-tab-count/.test(style)) span.replaceWith(doc.createTextNode(' '));
  }
  for (const p of all(body, 'p')) {
    const cls = p.getAttribute('class') ?? '';
    if (/MsoTitle/i.test(cls)) retag(doc, p, 'h1');
    else if (/MsoSubtitle/i.test(cls)) retag(doc, p, 'h2');
  }
  stylesToEmphasis(doc);
  simplifyTables(doc);
  // Anchors without an address are Word's bookmarks (_Toc…, _Hlk…): the text stays.
  for (const a of all(body, 'a')) if (!a.getAttribute('href')) unwrap(a);
  for (const el of all(body, 'span, font, section, article, u, ins')) unwrap(el);
  for (const el of all(body, '*')) {
    for (const { name } of Array.from(el.attributes)) {
      if (!['href', 'src', 'alt', 'title', 'colspan', 'rowspan'].includes(name)) el.removeAttribute(name);
    }
  }
  // Google Docs puts a paragraph inside each list item, which would make every list a loose one.
  for (const p of all(body, 'li > p')) unwrap(p);
  // Word's empty paragraphs (a non-breaking space) are spacing, not content.
  for (const p of all(body, 'p')) {
    if (!(p.textContent ?? '').replace(/[\s\u00a0]+/g, '') && !all(p, 'img').length) p.remove();
  }
  return body.innerHTML;
}

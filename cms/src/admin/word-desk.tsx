import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { imageSourcesIn, officeHtmlToMarkdown } from '../word/html-to-markdown';
import type { CleanDocument } from '../word/clean-html';
import { asSeparateBlocks } from '../word/paste-blocks';
import { WORD_TEXT as TEXT } from '../word/messages';
import { bracketed } from './messages';
import { secondaryButton } from './page-styles';

/** Out of sight but still in the page's focus order and accessibility tree. */
const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

const ARTICLE = 'api::article.article';

/** The part of CodeMirror 5 (Strapi's Markdown editor) the paste handler uses. */
interface Position {
  line: number;
  ch: number;
}
interface CodeMirrorLike {
  replaceSelection(text: string): void;
  focus(): void;
  getCursor(which: 'from' | 'to'): Position;
  getRange(from: Position, to: Position): string;
  lastLine(): number;
  getLine(line: number): string;
}

type Post = ReturnType<typeof useFetchClient>['post'];
type Notify = ReturnType<typeof useNotification>['toggleNotification'];

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as CleanDocument;

const errorMessage = (error: unknown) =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? (error as Error).message;

/** A pasted picture (a data: URI) stored in the media library as the signed-in account: its body's media. */
async function uploadPasted(post: Post, src: string, index: number): Promise<string> {
  const blob = await (await fetch(src)).blob();
  const ext = (blob.type.split('/')[1] ?? 'png').replace('jpeg', 'jpg');
  const form = new FormData();
  form.append('files', blob, `anh-dan-${Date.now()}-${index}.${ext}`);
  const { data } = await post<Array<{ url: string }>>('/upload', form);
  return data[0].url;
}

/**
 * Converts office HTML on the clipboard before CodeMirror inserts it as plain text: the capture phase runs
 * first, and CodeMirror leaves alone a paste whose default was prevented. Pictures pasted as data: URIs are
 * uploaded first; file: pictures (Word's temporary copies) cannot be read by a web page and are reported.
 */
async function pasteAsMarkdown(event: ClipboardEvent, post: Post, notify: Notify) {
  const target = event.target as HTMLElement | null;
  const host = target?.closest?.('.CodeMirror') as (HTMLElement & { CodeMirror?: CodeMirrorLike }) | null;
  const html = event.clipboardData?.getData('text/html');
  if (!host?.CodeMirror || !html) return;
  event.preventDefault();
  const editor = host.CodeMirror;
  const urls = new Map<string, string>();
  let local = 0;
  const sources = imageSourcesIn(html, parse);
  for (const [i, src] of sources.entries()) {
    if (src.startsWith('data:image/')) {
      try {
        urls.set(src, await uploadPasted(post, src, i + 1));
      } catch (error) {
        notify({ type: 'warning', message: TEXT.both('pasteImageFailed', { reason: errorMessage(error) }) });
      }
    } else if (/^https?:\/\//i.test(src)) urls.set(src, src);
    else local++;
  }
  const markdown = officeHtmlToMarkdown(html, { parse, imageUrl: (src) => urls.get(src) ?? null });
  const end = { line: editor.lastLine(), ch: editor.getLine(editor.lastLine()).length };
  const before = editor.getRange({ line: 0, ch: 0 }, editor.getCursor('from'));
  const after = editor.getRange(editor.getCursor('to'), end);
  editor.replaceSelection(asSeparateBlocks(markdown, before, after));
  editor.focus();
  if (local) notify({ type: 'warning', message: TEXT.both('pasteImagesLocal', { count: local }) });
  else notify({ type: 'success', message: TEXT.both('pasted') });
}

interface Imported {
  documentId: string;
  title: string;
  notes: Array<{ vi: string; en: string }>;
}

/** The article side panel: "Soạn từ Word" (a .docx becomes a new draft), and paste from Word while it is open. */
function WordDesk() {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Imported | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);

  React.useEffect(() => {
    const listener = (event: ClipboardEvent) => void pasteAsMarkdown(event, post, toggleNotification);
    document.addEventListener('paste', listener, true);
    return () => document.removeEventListener('paste', listener, true);
  }, [post, toggleNotification]);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const form = new FormData();
    form.append('file', file, file.name);
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      const { data } = await post<{ data: Imported }>('/column57/word/import', form);
      setResult(data.data);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ fontSize: 14, width: '100%' }} data-column57="word-desk">
      <p style={{ color: '#666687', marginBottom: 8 }}>{TEXT.t('vi', 'panelIntro')}</p>
      {/* The browser's own file button speaks the browser's language ("Choose File"): the label is the button. */}
      <label style={{ ...secondaryButton, display: 'inline-block', cursor: busy ? 'wait' : 'pointer' }} htmlFor="column57-word-file">
        {TEXT.t('vi', 'pickFile')}
      </label>
      <input
        id="column57-word-file"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={onFile}
        disabled={busy}
        style={visuallyHidden}
      />
      {busy && <p role="status">{TEXT.t('vi', 'importing')}</p>}
      {problem && (
        <p role="alert" style={{ color: '#b72b1a', marginTop: 8 }}>
          {problem}
        </p>
      )}
      {result && (
        <div role="status" style={{ marginTop: 8 }}>
          <p style={{ fontWeight: 600 }}>{TEXT.t('vi', 'created', { title: result.title })}</p>
          {result.notes.map((note, i) => (
            <p key={i} style={{ color: '#8a5300' }}>
              {note.vi}
            </p>
          ))}
          <button
            type="button"
            onClick={() => navigate(`/content-manager/collection-types/${ARTICLE}/${result.documentId}?plugins[i18n][locale]=vi`)}
          >
            {TEXT.t('vi', 'openDraft')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Shown beside every article's edit form (new or existing). */
export function WordDeskPanel({ model }: { model: string }) {
  if (model !== ARTICLE) return null;
  return { title: bracketed(TEXT.pair('panelTitle')), content: <WordDesk /> };
}

import * as React from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient } from '@strapi/strapi/admin';
import { ADMIN_TEXT as TEXT, bracketed } from './messages';

const BULLETIN = 'api::radio-bulletin.radio-bulletin';
/** Asked again this long after the editor stops typing. */
const DEBOUNCE_MS = 400;

interface Change {
  start: number;
  end: number;
  original: string;
  spoken: string;
}
interface Preview {
  text: string;
  changes: Change[];
  seconds: number;
}

/** The spoken text with each replacement in bold, its original form as the tooltip. */
function Spoken({ script, preview }: { script: string; preview: Preview }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  preview.changes.forEach((change, i) => {
    if (change.start > at) parts.push(script.slice(at, change.start));
    parts.push(
      <strong key={i} title={change.original}>
        {change.spoken}
      </strong>,
    );
    at = change.end;
  });
  parts.push(script.slice(at));
  return <p style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>{parts}</p>;
}

function ScriptPreview() {
  const { form } = useContentManagerContext();
  const script = String((form as { values?: { script?: unknown } }).values?.script ?? '').normalize('NFC');
  const { post } = useFetchClient();
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      post<{ data: Preview }>('/column57/bulletins/speech-preview', { script })
        .then(({ data }) => !stale && (setPreview(data.data), setProblem(null)))
        .catch((error: Error) => !stale && setProblem(error.message));
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [script, post]);
  if (!script.trim()) return <p>{TEXT.both('spokenEmpty')}</p>;
  const total = Math.round(preview?.seconds ?? 0);
  return (
    <div style={{ fontSize: 14, width: '100%' }}>
      <p style={{ color: '#666687', marginBottom: 8 }}>{TEXT.t('vi', 'spokenIntro')}</p>
      {problem && <p role="alert">{`${TEXT.both('spokenFailed')}: ${problem}`}</p>}
      {preview && (
        <>
          <p role="status" style={{ fontWeight: 600, marginBottom: 8 }}>
            {TEXT.t('vi', 'spokenDuration', { minutes: Math.floor(total / 60), seconds: total % 60 })}
          </p>
          <Spoken script={script} preview={preview} />
        </>
      )}
    </div>
  );
}

/** The bulletin edit view's side panel: what will be read, and for how long. */
export function ScriptPreviewPanel({ model }: { model: string }) {
  if (model !== BULLETIN) return null;
  return { title: bracketed(TEXT.pair('spokenTitle')), content: <ScriptPreview /> };
}

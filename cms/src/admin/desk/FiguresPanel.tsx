import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { DESK_ADMIN_TEXT as TEXT, vnDay, vnTime } from './text';

const REPORT = 'api::monthly-report.monthly-report';
interface Answer {
  from: string;
  to: string;
  fresh: boolean;
  at: string | null;
  lines: Array<{ key: string; vi: string; en: string; value: number | string | null }>;
}

/** A report's computed figures, asked for when the form opens (fresh for a draft), in words people read. */
function Figures({ documentId }: { documentId: string }) {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    get<{ data: Answer }>(`/column57/reporting/reports/${documentId}/figures`)
      .then(({ data }) => setAnswer(data.data))
      .catch((error: Error) => setProblem(error.message));
  }, [get, documentId]);
  if (problem) return <p role="alert">{`${TEXT.t('vi', 'loadFailed')}: ${problem}`}</p>;
  if (!answer) return null;
  if (!answer.lines.length) return <p>{TEXT.t('vi', 'figuresNone')}</p>;
  return (
    <div style={{ fontSize: 13, width: '100%' }}>
      <p style={{ color: '#666687', marginBottom: 8 }}>
        {answer.fresh
          ? TEXT.t('vi', 'figuresFresh', { from: vnDay(answer.from), to: vnDay(answer.to), when: vnTime(answer.at) })
          : TEXT.t('vi', 'figuresFrozen', { when: vnTime(answer.at) })}
      </p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} aria-label={TEXT.t('vi', 'figuresTitle')}>
        <tbody>
          {answer.lines.map((line) => (
            <tr key={line.key} style={{ borderBottom: '1px solid #eaeaef' }}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: '3px 6px 3px 0' }}>
                {line.vi}
              </th>
              <td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                {typeof line.value === 'number' ? line.value.toLocaleString('vi-VN') : (line.value ?? '—')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The monthly report's side panel, in place of the raw JSON field (hidden from the form by the admin labels). */
export function FiguresPanel({ model, documentId }: { model: string; documentId?: string }) {
  if (model !== REPORT || !documentId) return null;
  return { title: TEXT.t('vi', 'figuresTitle'), content: <Figures documentId={documentId} /> };
}

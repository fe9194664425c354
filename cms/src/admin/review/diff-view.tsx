import { readableValue } from '../readable-value';
import type { QueueItem } from './api';
import { REVIEW_UI_TEXT as TEXT } from './text';

const ADDED = { background: '#c6f0c2', textDecoration: 'none' } as const;
const REMOVED = { background: '#f5c0b8', textDecoration: 'line-through' } as const;

/** The changes of one queued entry, locale by locale and field by field, added words green, removed struck red. */
export function DiffView({ changes }: { changes: QueueItem['changes'] }) {
  return (
    <div>
      {changes.map((locale) => (
        <section key={locale.locale} data-diff-locale={locale.locale} style={{ marginTop: 8 }}>
          <div style={{ fontWeight: 600, color: '#666687' }}>
            {locale.locale.toUpperCase()} · {locale.published ? TEXT.t('vi', 'changes') : TEXT.t('vi', 'newLocale')}
          </div>
          {!locale.fields.length && <p>{TEXT.t('vi', 'noChange')}</p>}
          <dl style={{ margin: 0 }}>
            {locale.fields.map((field) => (
              <div key={field.field} data-diff-field={field.field} style={{ marginTop: 6 }}>
                <dt style={{ fontWeight: 600 }}>{field.label}</dt>
                <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {field.parts.map((part, i) => {
                    // An option or yes/no comes whole and is shown by its name, never as its code.
                    const text = field.kind ? readableValue(part.value, field.kind) : part.value;
                    const gap = field.kind && i > 0 ? ' → ' : '';
                    if (part.added)
                      return (
                        <span key={i}>
                          {gap}
                          <ins style={ADDED}>{text}</ins>
                        </span>
                      );
                    if (part.removed)
                      return (
                        <del key={i} style={REMOVED}>
                          {text}
                        </del>
                      );
                    return <span key={i}>{text}</span>;
                  })}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { COMMUNES_PAGE_TEXT as TEXT } from '../communes-text';
import { bracketed } from '../messages';
import { secondaryButton as button, tableCell as cell } from '../page-styles';

/**
 * "Xã, phường" in the admin menu: a province's publishers (and the administrator) import the official list
 * of the province's communes (a dry run first, then apply) and manage the communes' editor accounts. The
 * server decides everything (POST /column57/communes/import, /column57/communes/:slug/editors); this page
 * only shows what it answers.
 */
type Unit = {
  row?: number;
  code: string | null;
  nameVi: string;
  kind?: string;
  slug?: string;
  before?: { nameVi: string; kind: string | null };
};
type Problem = { row: number | null; column: string | null; vi: string; en: string };
type Plan = {
  province: { slug: string; nameVi: string };
  create: Unit[];
  change: Unit[];
  unchanged: Unit[];
  notInFile: Unit[];
  problems: Problem[];
  applied: boolean;
};
type Editor = { id: number; email: string; firstname: string | null; lastname: string | null; role: string | null; active: boolean };
type Province = { slug: string; nameVi: string; communes: Array<{ slug: string; nameVi: string; code: string | null; editors: Editor[] }> };

const label = (key: Parameters<typeof TEXT.pair>[0]) => bracketed(TEXT.pair(key));
const errorMessage = (error: any) => error?.response?.data?.error?.message ?? error?.message ?? String(error);

/** The file's bytes as base64, the way the import route takes them. */
const base64Of = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

function Units({ title, units, changed = false }: { title: string; units: Unit[]; changed?: boolean }) {
  if (!units.length) return null;
  return (
    <details open={changed} style={{ margin: '12px 0' }}>
      <summary>
        {title}: {units.length}
      </summary>
      <table style={{ borderCollapse: 'collapse', marginTop: 8 }}>
        <tbody>
          {units.map((u) => (
            <tr key={`${u.code}-${u.slug ?? ''}`}>
              <td style={cell}>{u.code ?? '—'}</td>
              <td style={cell}>{u.before && u.before.nameVi !== u.nameVi ? `${u.before.nameVi} → ${u.nameVi}` : u.nameVi}</td>
              <td style={cell}>{u.slug ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export default function Communes() {
  const { get, post, del } = useFetchClient();
  const [provinces, setProvinces] = React.useState<Province[] | null>(null);
  const [province, setProvince] = React.useState('');
  const [file, setFile] = React.useState<File | null>(null);
  const [plan, setPlan] = React.useState<Plan | null>(null);
  const [message, setMessage] = React.useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [invite, setInvite] = React.useState({ commune: '', email: '', firstname: '', lastname: '', role: 'body-editor' });

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<{ provinces: Province[] }>('/column57/communes');
      setProvinces(data.provinces);
      setProvince((current) => current || data.provinces[0]?.slug || '');
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
  }, [get]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const run = async (apply: boolean) => {
    if (!file) return;
    setMessage(null);
    try {
      const { data } = await post<Plan>('/column57/communes/import', {
        province,
        filename: file.name,
        content: await base64Of(file),
        apply,
      });
      setPlan(data);
      if (data.applied) {
        setMessage({ kind: 'ok', text: label('applied') });
        await load();
      }
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
  };

  const act = async (request: () => Promise<{ data: any }>, ok: (data: any) => string) => {
    setMessage(null);
    try {
      const { data } = await request();
      setMessage({ kind: 'ok', text: ok(data.data) });
      await load();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
  };

  const current = provinces?.find((p) => p.slug === province) ?? null;
  const canApply = plan && !plan.applied && !plan.problems.length && plan.create.length + plan.change.length > 0;
  return (
    <main style={{ padding: '24px 40px', maxWidth: 1100 }}>
      <h1 style={{ fontSize: 28, fontWeight: 600, marginBottom: 8 }}>{TEXT.t('vi', 'title')}</h1>
      <p style={{ marginBottom: 16 }}>{TEXT.t('vi', 'intro')}</p>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          style={{ color: message.kind === 'error' ? '#b72b1a' : '#2f6846', whiteSpace: 'pre-line' }}
        >
          {message.text}
        </p>
      ) : null}
      {provinces && !provinces.length ? <p>{TEXT.t('vi', 'nothingToManage')}</p> : null}
      {provinces && provinces.length ? (
        <section>
          <label style={{ display: 'block', margin: '8px 0' }}>
            {label('province')}{' '}
            <select value={province} onChange={(e) => setProvince(e.target.value)}>
              {provinces.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.nameVi}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'block', margin: '8px 0' }}>
            {label('file')}{' '}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPlan(null);
              }}
            />
          </label>
          <button type="button" style={button} disabled={!file} onClick={() => void run(false)}>
            {label('preview')}
          </button>
          <button type="button" style={button} disabled={!canApply} onClick={() => void run(true)}>
            {label('apply')}
          </button>
          {plan ? (
            <div style={{ marginTop: 16 }}>
              {plan.problems.length ? (
                <div role="alert">
                  <h2 style={{ fontSize: 18, fontWeight: 600 }}>
                    {label('problems')}: {plan.problems.length}
                  </h2>
                  <ul>
                    {plan.problems.map((p, i) => (
                      <li key={i} lang="vi">
                        {p.vi} <span lang="en">({p.en})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <Units title={label('willCreate')} units={plan.create} changed />
              <Units title={label('willChange')} units={plan.change} changed />
              <Units title={label('unchanged')} units={plan.unchanged} />
              <Units title={label('notInFile')} units={plan.notInFile} />
            </div>
          ) : null}
        </section>
      ) : null}
      {current ? (
        <section style={{ marginTop: 32 }}>
          <h2 style={{ fontSize: 20, fontWeight: 600 }}>{label('accounts')}</h2>
          <form
            style={{ margin: '12px 0' }}
            onSubmit={(e) => {
              e.preventDefault();
              const { commune, ...person } = invite;
              void act(
                () => post(`/column57/communes/${commune}/editors`, person),
                (d) => `${label('invited')} ${window.location.origin}/admin/auth/register?registrationToken=${d.registrationToken}`,
              );
            }}
          >
            <strong>{label('invite')}</strong>{' '}
            <select required value={invite.commune} onChange={(e) => setInvite({ ...invite, commune: e.target.value })}>
              <option value="" />
              {current.communes.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.nameVi}
                </option>
              ))}
            </select>{' '}
            {(['email', 'lastname', 'firstname'] as const).map((field) => (
              <input
                key={field}
                required
                type={field === 'email' ? 'email' : 'text'}
                placeholder={label(field)}
                aria-label={label(field)}
                value={invite[field]}
                onChange={(e) => setInvite({ ...invite, [field]: e.target.value })}
                style={{ marginRight: 6 }}
              />
            ))}
            <select aria-label={label('role')} value={invite.role} onChange={(e) => setInvite({ ...invite, role: e.target.value })}>
              <option value="body-editor">{label('editorRole')}</option>
              <option value="body-publisher">{label('publisherRole')}</option>
            </select>{' '}
            <button type="submit" style={button}>
              {label('invite')}
            </button>
          </form>
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={cell}>{label('code')}</th>
                <th style={cell}>{label('name')}</th>
                <th style={cell}>{label('editors')}</th>
              </tr>
            </thead>
            <tbody>
              {current.communes.map((c) => (
                <tr key={c.slug}>
                  <td style={cell}>{c.code ?? '—'}</td>
                  <td style={cell}>{c.nameVi}</td>
                  <td style={cell}>
                    {c.editors.length
                      ? c.editors.map((e) => (
                          <div key={e.id}>
                            {[e.lastname, e.firstname].filter(Boolean).join(' ')} &lt;{e.email}&gt;{' '}
                            <button
                              type="button"
                              style={button}
                              onClick={() =>
                                void act(
                                  () => del(`/column57/communes/${c.slug}/editors/${e.id}`),
                                  () => label('withdrawn'),
                                )
                              }
                            >
                              {label('withdraw')}
                            </button>
                          </div>
                        ))
                      : TEXT.t('vi', 'none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}

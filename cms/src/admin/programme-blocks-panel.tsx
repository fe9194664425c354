import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { blockCode } from '../programme-facts/codes';
import { CopyButton } from './copy-button';
import { PROGRAMME_BLOCKS_TEXT as TEXT } from './programme-blocks-text';

/** The types whose texts may embed a block (the server's programme-facts/rules.ts decides and checks). */
const WITH_BLOCKS = ['api::article.article', 'api::resolution-document.resolution-document', 'api::campaign.campaign'];
const FACTS = '/content-manager/collection-types/api::programme-fact.programme-fact';

interface Fact {
  key: string;
  nameVi: string;
  valueVi: string;
  source: string | null;
}

function Blocks() {
  const { get } = useFetchClient();
  const [facts, setFacts] = React.useState<Fact[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    get<{ results: Fact[] }>(`${FACTS}?page=1&pageSize=100&sort=key:ASC`)
      .then(({ data }) => setFacts(data.results))
      .catch((error: Error) => setProblem(error.message));
  }, [get]);
  if (problem) return <p role="alert">{`${TEXT.t('vi', 'loadFailed')}: ${problem}`}</p>;
  if (!facts) return null;
  if (!facts.length) return <p style={{ color: '#666687' }}>{TEXT.t('vi', 'none')}</p>;
  return (
    <div style={{ width: '100%', fontSize: 14 }}>
      <p style={{ margin: '0 0 8px', color: '#666687' }}>{TEXT.t('vi', 'intro')}</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {facts.map((fact) => {
          const code = blockCode(fact.key);
          return (
            <li key={fact.key} style={{ borderTop: '1px solid #dcdce4', padding: '8px 0' }}>
              <strong>{fact.nameVi}</strong>
              <div style={{ margin: '4px 0' }}>{fact.valueVi}</div>
              {fact.source ? <small style={{ color: '#666687' }}>{fact.source}</small> : null}
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 4 }}>
                <code style={{ fontSize: 12 }}>{code}</code>
                <CopyButton text={code} label={TEXT.t('vi', 'copy')} copied={TEXT.t('vi', 'copied')} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The edit view's side panel: the programme's blocks, each with the code an article embeds it by. */
export function ProgrammeBlocksPanel({ model }: { model: string }) {
  if (!WITH_BLOCKS.includes(model)) return null;
  return { title: TEXT.t('vi', 'title'), content: <Blocks /> };
}

import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { ADMIN_TEXT as TEXT, bracketed } from './messages';

const ARTICLE = 'api::article.article';
const BULLETIN = 'api::radio-bulletin.radio-bulletin';

interface ActionProps {
  model: string;
  documentId?: string;
}

/**
 * "Tạo bản tin truyền thanh" in an article's edit view (the document actions menu): asks the CMS for a draft
 * bulletin of the article's body with a script proposed from the article, then opens it. The CMS decides
 * who may (POST /column57/bulletins/from-article/:documentId); this only shows the action on articles.
 */
export function MakeBulletinAction({ model, documentId }: ActionProps) {
  const { post } = useFetchClient();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  if (model !== ARTICLE) return null;
  return {
    label: bracketed(TEXT.pair('makeBulletin')),
    position: 'panel' as const,
    disabled: !documentId,
    onClick: async () => {
      if (!documentId) {
        toggleNotification({ type: 'warning', message: TEXT.both('saveArticleFirst') });
        return false;
      }
      try {
        const { data } = await post<{ data: { documentId: string } }>(`/column57/bulletins/from-article/${documentId}`);
        toggleNotification({ type: 'success', message: TEXT.both('bulletinMade') });
        navigate(`/content-manager/collection-types/${BULLETIN}/${data.data.documentId}`);
        return true;
      } catch (error) {
        const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message;
        toggleNotification({ type: 'danger', message: `${TEXT.both('bulletinNotMade')}: ${message ?? (error as Error).message}` });
        return false;
      }
    },
  };
}

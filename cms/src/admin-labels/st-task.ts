import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';
import { OWNER } from './shared';

const TASK_TEXT = defineCatalogue('cms/admin-labels/st-task', {
  vi: {
    code: 'Mã nhiệm vụ (code)',
    codeHelp: 'Duy nhất trong cơ quan.',
    title: 'Tên nhiệm vụ (title)',
    host: 'Tổ chức chủ trì (host)',
    stateFunded: 'Sử dụng ngân sách nhà nước (state-funded)',
    secret: 'Thuộc bí mật nhà nước (secret)',
    secretHelp: 'Nhiệm vụ mật không bao giờ được đưa ra chuyên mục.',
    startDate: 'Ngày bắt đầu',
    endDate: 'Ngày kết thúc',
    taskStatus: 'Tình trạng (status)',
    articles: 'Bài viết về nhiệm vụ',
    pressItems: 'Tin đã đưa ngoài chuyên mục (press items)',
    pressItemsHelp:
      'Mỗi lần nhiệm vụ được đưa tin trên báo chí, truyền hình, mạng xã hội hay nền tảng số: tên cơ quan báo chí hoặc trang, ' +
      'kênh, ngày và địa chỉ. Được tính vào chỉ tiêu 100% nhiệm vụ được truyền thông.',
  },
  en: {
    code: 'Task code',
    codeHelp: 'Unique within the body.',
    title: 'Task title',
    host: 'Host organisation',
    stateFunded: 'State-funded',
    secret: 'State secret',
    secretHelp: 'A secret task never appears in a column.',
    startDate: 'Start date',
    endDate: 'End date',
    taskStatus: 'Status',
    articles: 'Articles about the task',
    pressItems: 'Coverage outside the column',
    pressItemsHelp:
      'Each time the task was covered by the press, television, a social network or a digital platform: the outlet or page, ' +
      'the channel, the date and the address. Counted toward the target of 100% of tasks communicated.',
  },
});

export const ST_TASK: TypeLabels = {
  uid: 'api::st-task.st-task',
  mainField: 'code',
  // Last updated first: a draft without a date must not sink to the last page.
  sort: ['updatedAt', 'DESC'],
  list: ['id', 'code', 'title', 'taskStatus', 'stateFunded'],
  fields: { ...fieldsOf(TASK_TEXT), ...OWNER },
};

import { defineCatalogue, type Locale } from '@column57/i18n';
import { BULLETIN_LEVEL, BULLETIN_VOICE } from '@column57/snapshot';
import { fieldsOf, type TypeLabels } from './labels';
import { OWNER } from './shared';

const RADIO_BULLETIN_TEXT = defineCatalogue('cms/admin-labels/radio-bulletin', {
  vi: {
    title: 'Tiêu đề (title)',
    titleHelp: 'Người nghe không thấy tiêu đề: câu đầu của kịch bản nên nói lại điều này.',
    slug: 'Đường dẫn (slug)',
    slugHelp: 'Để trống: tạo từ tiêu đề. Chữ thường không dấu, nối bằng "-".',
    level: 'Mức độ (level)',
    levelHelp: ({ levels }: { levels: string }) => `${levels}. Bản tin khẩn cấp luôn được phát và liệt kê trước.`,
    script: 'Kịch bản để đọc (script)',
    scriptHelp: 'Viết để nghe: câu ngắn, không bảng, không đường dẫn. Số, ngày, ký hiệu văn bản sẽ được đọc thành chữ.',
    voice: 'Giọng đọc (voice)',
    voiceHelp: ({ voices }: { voices: string }) => `${voices}. Dùng khi không tải lên bản ghi âm.`,
    broadcastFrom: 'Phát từ ngày (from)',
    broadcastTo: 'Phát đến ngày (to)',
    broadcastToHelp: 'Không sớm hơn ngày phát đầu; phát mỗi ngày trong khoảng này.',
    broadcastTimes: 'Giờ phát trong ngày (times)',
    broadcastTimesHelp: 'Giờ:phút theo giờ Việt Nam, cách nhau bằng dấu phẩy, ví dụ 06:30, 17:00.',
    allCommunes: 'Tất cả xã, phường (all communes)',
    allCommunesHelp: 'Chỉ với tỉnh, thành phố: phát tại mọi xã, phường, đặc khu trực thuộc, kể cả đơn vị thêm sau.',
    communes: 'Xã, phường nhận (target communes)',
    communesHelp: 'Chỉ các xã do tỉnh, thành phố của bạn quản lý. Bản tin của xã phát tại chính xã đó.',
    audio: 'Bản ghi âm (audio)',
    audioHelp: 'Không bắt buộc: MP3, OGG, Opus, M4A hoặc WAV. Không có thì kịch bản được đọc bằng giọng tổng hợp.',
    sourceArticle: 'Bài viết nguồn (source article)',
    sourceArticleHelp: 'Bài viết của cơ quan mà bản tin được soạn từ đó.',
  },
  en: {
    title: 'Title',
    titleHelp: 'Listeners never see the title: the script should say it in its first sentence.',
    slug: 'Slug',
    slugHelp: 'Leave empty to make it from the title. Lowercase without diacritics, joined by "-".',
    level: 'Level',
    levelHelp: ({ levels }) => `${levels}. Emergency bulletins are always broadcast and listed first.`,
    script: 'Script to be read',
    scriptHelp: 'Written for listening: short sentences, no tables, no links. Numbers, dates and document symbols are read out as words.',
    voice: 'Voice',
    voiceHelp: ({ voices }) => `${voices}. Used when no recording is uploaded.`,
    broadcastFrom: 'Broadcast from',
    broadcastTo: 'Broadcast until',
    broadcastToHelp: 'Not before the first day; broadcast every day of this window.',
    broadcastTimes: 'Times of day',
    broadcastTimesHelp: 'Hours:minutes, Vietnam time, separated by commas, e.g. 06:30, 17:00.',
    allCommunes: 'All communes',
    allCommunesHelp: 'Provinces and cities only: broadcast in every commune, ward and special zone, including ones added later.',
    communes: 'Target communes',
    communesHelp: "Only communes your province or city runs. A commune's own bulletin is broadcast in that commune.",
    audio: 'Recording',
    audioHelp: 'Optional: MP3, OGG, Opus, M4A or WAV. Without one, the script is read by a synthetic voice.',
    sourceArticle: 'Source article',
    sourceArticleHelp: "The body's article the bulletin was written from.",
  },
});

/** "emergency: Khẩn cấp; priority: Ưu tiên; …": the admin shows an enumeration's codes, the help says them. */
const codesSaid = (vocabulary: typeof BULLETIN_LEVEL | typeof BULLETIN_VOICE, locale: Locale) =>
  vocabulary.codes.map((code) => `${code}: ${(vocabulary.labels as Record<string, Record<Locale, string>>)[code][locale]}`).join('; ');

export const RADIO_BULLETIN: TypeLabels = {
  uid: 'api::radio-bulletin.radio-bulletin',
  mainField: 'title',
  // Last updated first: a draft without a date must not sink to the last page.
  sort: ['updatedAt', 'DESC'],
  list: ['id', 'title', 'level', 'broadcastFrom', 'broadcastTo', 'allCommunes'],
  fields: {
    ...fieldsOf(RADIO_BULLETIN_TEXT),
    level: [RADIO_BULLETIN_TEXT.t('vi', 'level'), RADIO_BULLETIN_TEXT.t('vi', 'levelHelp', { levels: codesSaid(BULLETIN_LEVEL, 'vi') })],
    voice: [RADIO_BULLETIN_TEXT.t('vi', 'voice'), RADIO_BULLETIN_TEXT.t('vi', 'voiceHelp', { voices: codesSaid(BULLETIN_VOICE, 'vi') })],
    ...OWNER,
  },
};

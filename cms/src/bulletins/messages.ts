import { defineCatalogue } from '@column57/i18n';

/**
 * What the CMS says about radio bulletins: the rules that refuse a bulletin (each names its field and the
 * fix), and the answers of the bulletin routes. Shown as "vi / en" (validation/field-error.ts).
 */
export const BULLETIN_TEXT = defineCatalogue('cms/bulletins', {
  vi: {
    timeMalformed: ({ time }: { time: string }) =>
      `Giờ phát "${time}" không hợp lệ; hãy viết giờ:phút từ 00:00 đến 23:59, các giờ cách nhau bằng dấu phẩy, ví dụ 06:30, 17:00`,
    noTimes: 'Chưa có giờ phát; hãy nhập ít nhất một giờ dạng giờ:phút, ví dụ 06:30, 17:00',
    toBeforeFrom: ({ from, to }: { from: string; to: string }) =>
      `Ngày phát cuối (${to}) trước ngày phát đầu (${from}); hãy chọn ngày không sớm hơn ngày phát đầu`,
    notOwnCommune: ({ name }: { name: string }) =>
      `"${name}" không phải xã, phường, đặc khu thuộc cơ quan của bạn; chỉ chọn các xã do tỉnh, thành phố của bạn quản lý`,
    communeTargetsOther: ({ name }: { name: string }) => `Bản tin của xã chỉ phát tại chính xã đó; hãy bỏ "${name}" khỏi danh sách xã nhận`,
    noTarget: 'Chưa chọn xã nhận bản tin; hãy đánh dấu "Tất cả xã, phường" hoặc chọn ít nhất một xã',
    allCommunesNotProvince: 'Chỉ tỉnh, thành phố mới phát bản tin tới tất cả xã, phường; hãy bỏ đánh dấu ô này',
    sourceNotOwn: 'Bài viết nguồn phải là bài của chính cơ quan bạn; hãy chọn bài khác hoặc để trống',
    audioNotAudio: ({ name, mime }: { name: string; mime: string }) =>
      `Tệp "${name}" (${mime}) không phải bản ghi âm; hãy tải lên tệp MP3, OGG, Opus, M4A hoặc WAV`,
    slugTaken: ({ slug }: { slug: string }) => `Đường dẫn "${slug}" đã được dùng cho bản tin khác của cùng cơ quan; hãy đặt đường dẫn khác`,
    articleNotFound: 'Không tìm thấy bài viết này; hãy mở lại bài viết rồi thử lại',
    noBodyForBulletin: 'Tài khoản này không biên tập cho cơ quan nào nên không tạo được bản tin',
    articleWithoutBody: 'Bài viết chưa thuộc cơ quan nào; hãy chọn cơ quan cho bài viết trước',
    scriptMissing: 'Chưa có kịch bản để xem trước; hãy gửi trường "script"',
  },
  en: {
    timeMalformed: ({ time }) =>
      `broadcast time "${time}" is not valid; write hours:minutes from 00:00 to 23:59, times separated by commas, e.g. 06:30, 17:00`,
    noTimes: 'no broadcast time; enter at least one time as hours:minutes, e.g. 06:30, 17:00',
    toBeforeFrom: ({ from, to }) => `the last broadcast day (${to}) is before the first (${from}); pick a day on or after it`,
    notOwnCommune: ({ name }) =>
      `"${name}" is not a commune, ward or special zone of your body; choose only communes your province or city runs`,
    communeTargetsOther: ({ name }) => `a commune's bulletin is broadcast in that commune only; remove "${name}" from the target communes`,
    noTarget: 'no target commune: tick "all communes and wards" or choose at least one commune',
    allCommunesNotProvince: 'only a province or city broadcasts to all its communes; untick this box',
    sourceNotOwn: "the source article must be one of your own body's articles; choose another or leave it empty",
    audioNotAudio: ({ name, mime }) => `"${name}" (${mime}) is not a recording; upload an MP3, OGG, Opus, M4A or WAV file`,
    slugTaken: ({ slug }) => `the slug "${slug}" is already used by another bulletin of the same body; choose a different slug`,
    articleNotFound: 'this article was not found; open it again and retry',
    noBodyForBulletin: 'this account writes for no body, so it cannot make a bulletin',
    articleWithoutBody: 'the article belongs to no body yet; choose its body first',
    scriptMissing: 'nothing to preview: send the "script" field',
  },
});

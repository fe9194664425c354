import { defineCatalogue } from '@column57/i18n';

/**
 * The text of the grassroots pages (issue 17): a province's communes, the radio channel truyen-thanh/ and
 * a commune's daily programme. A catalogue of its own beside the column's, so the pages that other work
 * adds to the column (bulletin boards, posters) and these can grow without touching one list.
 */
export const GRASSROOTS_TEXT = defineCatalogue('sites/grassroots', {
  vi: {
    communes: 'Xã, phường, đặc khu',
    communesIntro: ({ province }: { province: string }) =>
      `Chuyên mục Nghị quyết 57 của các xã, phường, đặc khu thuộc ${province}.`,
    communeCount: ({ count }: { count: number }) => `${count} xã, phường, đặc khu`,
    commune: 'Tên đơn vị',
    kind: 'Loại',
    code: 'Mã đơn vị hành chính',
    /** A commune's name with its province: "Xã Bát Xát, tỉnh Lào Cai". */
    within: ({ name, parent }: { name: string; parent: string }) => `${name}, ${parent}`,
    sharedFrom: 'Nguồn',
    radio: 'Truyền thanh cơ sở',
    radioIntro:
      'Bản tin truyền thanh phát trên hệ thống loa của xã, phường: nghe lại, đọc toàn văn và đăng ký nhận bằng ứng dụng podcast.',
    radioFeed: 'Bản tin truyền thanh (podcast)',
    noBulletins: 'Chưa có bản tin truyền thanh.',
    level: 'Mức độ',
    broadcast: ({ from, to }: { from: string; to: string }) => `Phát hằng ngày từ ${from} đến ${to}`,
    broadcastOn: ({ day }: { day: string }) => `Phát ngày ${day}`,
    times: 'Giờ phát',
    duration: 'Thời lượng',
    minutesSeconds: ({ minutes, seconds }: { minutes: number; seconds: number }) =>
      minutes ? `${minutes} phút ${seconds} giây` : `${seconds} giây`,
    voice: 'Giọng đọc',
    recorded: 'Bản ghi âm tải lên',
    synthesised: 'Giọng đọc tổng hợp',
    listen: 'Nghe bản tin',
    transcript: 'Toàn văn bản tin',
    noAudio: 'Bản tin này chưa có âm thanh; toàn văn ở dưới đây.',
    audioFallback: 'Trình duyệt của bạn không phát được âm thanh. Tải tệp về:',
    download: 'Tải tệp âm thanh',
    source: 'Bài viết gốc',
    programme: 'Lịch phát',
    programmeDays: 'Lịch phát theo ngày',
    programmeOf: ({ day }: { day: string }) => `Lịch phát ${day}`,
    programmeIntro: 'Các bản tin phát trong ngày theo giờ, kèm kịch bản in khổ A4 cho phát thanh viên.',
    programmeHorizon: ({ before, after }: { before: number; after: number }) =>
      `Lịch phát được đăng từ ${before} ngày trước đến ${after} ngày sau ngày cập nhật nội dung.`,
    nothingThatDay: 'Không có bản tin phát trong ngày này.',
    time: 'Giờ',
    scripts: 'Kịch bản cho phát thanh viên',
    print: 'In kịch bản (khổ A4)',
    scriptFor: ({ time }: { time: string }) => `Phát lúc ${time}`,
  },
  en: {
    communes: 'Communes and wards',
    communesIntro: ({ province }) => `Resolution 57 columns of the communes, wards and special zones of ${province}.`,
    communeCount: ({ count }) => `${count} communes, wards and special zones`,
    commune: 'Name',
    kind: 'Kind',
    code: 'Administrative code',
    within: ({ name, parent }) => `${name}, ${parent}`,
    sharedFrom: 'Source',
    radio: 'Grassroots radio',
    radioIntro:
      "Bulletins broadcast on the commune's loudspeakers: listen again, read the full text, or subscribe in a podcast app.",
    radioFeed: 'Radio bulletins (podcast)',
    noBulletins: 'No radio bulletin yet.',
    level: 'Level',
    broadcast: ({ from, to }) => `Broadcast every day from ${from} to ${to}`,
    broadcastOn: ({ day }) => `Broadcast on ${day}`,
    times: 'Broadcast times',
    duration: 'Duration',
    minutesSeconds: ({ minutes, seconds }) => (minutes ? `${minutes} min ${seconds} s` : `${seconds} s`),
    voice: 'Voice',
    recorded: 'Uploaded recording',
    synthesised: 'Synthesised voice',
    listen: 'Listen to the bulletin',
    transcript: 'Full transcript',
    noAudio: 'This bulletin has no audio yet; its full text is below.',
    audioFallback: 'Your browser cannot play audio. Download the file:',
    download: 'Download the audio file',
    source: 'Original article',
    programme: 'Programme',
    programmeDays: 'Programme by day',
    programmeOf: ({ day }) => `Programme, ${day}`,
    programmeIntro: "The day's bulletins by time, with the scripts printable on A4 for the announcer.",
    programmeHorizon: ({ before, after }) =>
      `Programmes are published from ${before} days before to ${after} days after the content was last updated.`,
    nothingThatDay: 'No bulletin is broadcast that day.',
    time: 'Time',
    scripts: 'Scripts for the announcer',
    print: 'Print the scripts (A4)',
    scriptFor: ({ time }) => `Broadcast at ${time}`,
  },
});

export const gt = GRASSROOTS_TEXT.t;

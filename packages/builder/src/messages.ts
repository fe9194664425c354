import { defineCatalogue } from '@column57/i18n';

/**
 * What a build says in its log, and the reasons it gives for a column that failed. The log is read in a
 * terminal or the build service's output, whose reader's language is not known: lines put `both` ("vi /
 * en") after each count or name, so a line reads "56 chuyên mục / columns, 4603 trang / pages".
 */
export const BUILDER_TEXT = defineCatalogue('builder', {
  vi: {
    // Counts: the number comes before the words.
    columns: 'chuyên mục',
    columnsKept: 'chuyên mục',
    pages: 'trang',
    reused: 'dùng lại',
    unchanged: 'không đổi',
    failed: 'lỗi',
    groups: 'nhóm',
    parallelBuilds: 'luồng',
    bodies: 'cơ quan',
    newShareCards: 'ảnh chia sẻ mới',
    shareCardsDrawnLater: 'ảnh chia sẻ vẽ sau',
    // What a line is about, before its colon.
    rendering: 'dựng',
    live: 'trực tuyến',
    done: 'xong',
    search: 'tìm kiếm',
    shareCards: 'ảnh chia sẻ',
    unchangedKept: 'không đổi, giữ nguyên',
    /** The group that carries the national hub, after its count of columns: ", + trang tổng hợp / hub". */
    hub: 'trang tổng hợp',
    // States and outcomes.
    nothingChanged: 'không có gì thay đổi',
    finishingSearch: 'hoàn thiện tìm kiếm',
    finishingSearchAndCards: 'hoàn thiện tìm kiếm và ảnh chia sẻ',
    heldAfterRollback: ({ release }: { release: string }) => `giữ ở bản ${release} sau khi khôi phục`,
    searchIndexNotRebuilt: 'chưa dựng lại chỉ mục tìm kiếm',
    // Why a column was not built: its last good release stays live.
    invalidContent: 'nội dung không hợp lệ, giữ nguyên chuyên mục cũ',
    unreadableImage: 'ảnh không đọc được',
    // The radio channel's audio (issue 17).
    radioAudio: 'âm thanh truyền thanh',
    audioFiles: 'tệp âm thanh',
    synthesisedNow: 'mới tổng hợp',
    unusableAudio: 'âm thanh bản tin truyền thanh không dùng được',
    notAudio: ({ mime }: { mime: string }) => `tệp tải lên không phải âm thanh (${mime}); hãy tải lên tệp MP3 hoặc Opus`,
    audioUnreadable: 'không giải mã được tệp âm thanh; hãy tải lên lại tệp MP3 hoặc Opus',
    ffprobeMissing: 'thiếu ffprobe để đo thời lượng âm thanh; hãy cài (Debian: apt-get install ffmpeg)',
    lastGoodColumnKept: 'giữ nguyên chuyên mục cũ',
    renderingFailed: 'dựng trang thất bại, giữ nguyên chuyên mục cũ',
    groupFailed: 'thất bại; dựng riêng từng chuyên mục',
    // Errors that stop a build or a rollback: what happened and what to do.
    sourcesChanged: 'mã nguồn của trình dựng (sites/) đã thay đổi khi bản dựng này bắt đầu; hãy dựng lại',
    placeholderLost: ({ file, placeholder }: { file: string; placeholder: string }) => `${file} đã mất chỗ giữ chỗ ${placeholder}`,
    outputLocked: ({ holder, file }: { holder: string; file: string }) =>
      `một bản dựng khác (tiến trình ${holder}) đang ghi vào thư mục kết quả này; hãy chờ nó xong hoặc dừng nó (khoá: ${file})`,
    noReleases: ({ dir }: { dir: string }) => `chuyên mục này chưa có bản nào trong ${dir}; hãy dựng trước`,
    noSuchRelease: ({ slug, kept }: { slug: string; kept: string }) => `${slug} không có bản này; các bản đang giữ: ${kept}`,
    noOlderRelease: ({ live }: { live: string }) => `không còn giữ bản nào cũ hơn bản đang chạy (${live})`,
    searchIndexFailed: ({ where }: { where: string }) => `chỉ mục tìm kiếm${where ? ` của ${where}` : ''} lỗi`,
    snapshotUnreadable: 'không đọc được ảnh chụp',
    hubUrlForm: 'phải là địa chỉ http(s) tuyệt đối',
  },
  en: {
    columns: 'columns',
    columnsKept: 'columns kept',
    pages: 'pages',
    reused: 'reused',
    unchanged: 'unchanged',
    failed: 'failed',
    groups: 'groups',
    parallelBuilds: 'parallel builds',
    bodies: 'bodies',
    newShareCards: 'new share cards',
    shareCardsDrawnLater: 'share cards drawn later',
    rendering: 'rendering',
    live: 'live',
    done: 'done',
    search: 'search',
    shareCards: 'share cards',
    unchangedKept: 'unchanged, kept',
    hub: 'hub',
    nothingChanged: 'nothing changed',
    finishingSearch: 'finishing search',
    finishingSearchAndCards: 'finishing search and share cards',
    heldAfterRollback: ({ release }) => `held on release ${release} after a rollback`,
    searchIndexNotRebuilt: 'search index not rebuilt',
    invalidContent: 'invalid content, last good column kept',
    unreadableImage: 'unreadable image',
    radioAudio: 'radio audio',
    audioFiles: 'audio files',
    synthesisedNow: 'newly synthesised',
    unusableAudio: "a radio bulletin's audio cannot be used",
    notAudio: ({ mime }) => `the uploaded file is not audio (${mime}); upload an MP3 or Opus file`,
    audioUnreadable: 'the audio file does not decode; upload the MP3 or Opus file again',
    ffprobeMissing: 'ffprobe is missing to measure audio durations; install it (Debian: apt-get install ffmpeg)',
    lastGoodColumnKept: 'last good column kept',
    renderingFailed: 'rendering failed, last good column kept',
    groupFailed: 'failed; building its bodies one by one',
    sourcesChanged: "the generator's sources (sites/) changed while this build started; run the build again",
    placeholderLost: ({ file, placeholder }) => `${file} has lost its placeholder ${placeholder}`,
    outputLocked: ({ holder, file }) =>
      `another build (process ${holder}) is writing to this output; wait for it to finish, or stop it (lock: ${file})`,
    noReleases: ({ dir }) => `no releases of this column in ${dir}; build it first`,
    noSuchRelease: ({ slug, kept }) => `no such release of ${slug}; releases kept: ${kept}`,
    noOlderRelease: ({ live }) => `no release older than the live one (${live}) is kept`,
    searchIndexFailed: ({ where }) => `search index${where ? ` of ${where}` : ''} failed`,
    snapshotUnreadable: 'the snapshot cannot be read',
    hubUrlForm: 'must be an absolute http(s) address',
  },
});

export const { both } = BUILDER_TEXT;

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
    lastGoodColumnKept: 'giữ nguyên chuyên mục cũ',
    renderingFailed: 'dựng trang thất bại, giữ nguyên chuyên mục cũ',
    groupFailed: 'thất bại; dựng riêng từng chuyên mục',
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
    lastGoodColumnKept: 'last good column kept',
    renderingFailed: 'rendering failed, last good column kept',
    groupFailed: 'failed; building its bodies one by one',
  },
});

export const { both } = BUILDER_TEXT;

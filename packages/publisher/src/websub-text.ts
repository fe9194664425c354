import { defineCatalogue } from '@column57/i18n';

/**
 * What the included WebSub hub answers and logs. Its callers are feed readers and aggregators, whose
 * language is not known, so every answer is in both languages, Vietnamese first, and names the parameter.
 */
export const WEBSUB_TEXT = defineCatalogue('publisher/websub', {
  vi: {
    about: 'Đây là trung tâm WebSub của các chuyên mục Nghị quyết 57: gửi yêu cầu POST (hub.mode, hub.topic, hub.callback) để đăng ký.',
    badMode: 'hub.mode phải là subscribe, unsubscribe hoặc publish',
    badCallback: 'hub.callback phải là một địa chỉ http(s) đầy đủ, không có phần #',
    unknownTopic: ({ topic }: { topic: string }) =>
      `hub.topic "${topic}" không phải là nguồn tin của các chuyên mục trên trung tâm này; ` +
      'chỉ đăng ký được nguồn tin (RSS, JSON Feed) của chuyên mục',
    badSecret: 'hub.secret phải ngắn hơn 200 byte',
    badLease: 'hub.lease_seconds phải là một số giây dương',
    tooLarge: 'yêu cầu quá lớn',
    tooMany: 'trung tâm đã đủ số đăng ký tối đa; xin thử lại sau',
    verified: ({ mode, topic, callback }: { mode: string; topic: string; callback: string }) =>
      `WebSub: đã xác nhận ${mode} ${topic} cho ${callback}`,
    notVerified: ({ mode, callback, reason }: { mode: string; callback: string; reason: string }) =>
      `WebSub: ${callback} không xác nhận ${mode} (${reason})`,
    delivered: ({ topic, count }: { topic: string; count: number }) => `WebSub: đã gửi ${topic} tới ${count} nơi đăng ký`,
    notDelivered: ({ callback, reason }: { callback: string; reason: string }) =>
      `WebSub: chưa gửi được tới ${callback} (${reason}), sẽ thử lại`,
    gaveUp: ({ callback }: { callback: string }) => `WebSub: ngừng thử gửi tới ${callback}; sẽ gửi lại khi nguồn tin đổi lần sau`,
    announced: ({ count, hub }: { count: number; hub: string }) => `WebSub: đã báo ${count} nguồn tin thay đổi cho ${hub}`,
    notAnnounced: ({ hub, reason }: { hub: string; reason: string }) => `WebSub: chưa báo được cho ${hub} (${reason})`,
  },
  en: {
    about: 'This is the WebSub hub of the Resolution 57 columns: POST hub.mode, hub.topic and hub.callback to subscribe.',
    badMode: 'hub.mode must be subscribe, unsubscribe or publish',
    badCallback: 'hub.callback must be a full http(s) address, without a # part',
    unknownTopic: ({ topic }) =>
      `hub.topic "${topic}" is not a feed of the columns on this hub; only the columns' feeds (RSS, JSON Feed) can be subscribed to`,
    badSecret: 'hub.secret must be shorter than 200 bytes',
    badLease: 'hub.lease_seconds must be a positive number of seconds',
    tooLarge: 'request too large',
    tooMany: 'the hub holds as many subscriptions as it takes; please try again later',
    verified: ({ mode, topic, callback }) => `WebSub: ${mode} ${topic} confirmed for ${callback}`,
    notVerified: ({ mode, callback, reason }) => `WebSub: ${callback} did not confirm ${mode} (${reason})`,
    delivered: ({ topic, count }) => `WebSub: sent ${topic} to ${count} subscribers`,
    notDelivered: ({ callback, reason }) => `WebSub: could not send to ${callback} (${reason}), will retry`,
    gaveUp: ({ callback }) => `WebSub: stopped retrying ${callback}; it is sent again when the feed next changes`,
    announced: ({ count, hub }) => `WebSub: told ${hub} of ${count} changed feeds`,
    notAnnounced: ({ hub, reason }) => `WebSub: could not tell ${hub} (${reason})`,
  },
});

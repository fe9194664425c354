import { defineCatalogue } from '@column57/i18n';

/**
 * The embed guide (views/Embed.astro): what a portal's administrator reads to bring a column in. The
 * configuration snippets themselves are code and stay in the view; only their comments are text.
 */
export const EMBED_GUIDE_TEXT = defineCatalogue('sites/embed-guide', {
  vi: {
    title: 'Nhúng chuyên mục vào cổng thông tin',
    lede: ({ body }: { body: string }) =>
      `Hướng dẫn dành cho quản trị cổng thông tin của ${body}: bốn cách đưa chuyên mục vào cổng, mã đã điền sẵn.`,
    columnAddress: 'Địa chỉ chuyên mục',
    allowedOrigins: 'Nguồn được phép nhúng',
    allowedOriginsWhere:
      'Danh sách nguồn được phép do biên tập viên hoặc người xuất bản của cơ quan sửa trong CMS ' +
      '(Cơ quan › Nguồn được phép nhúng). Trình duyệt từ chối hiển thị chuyên mục trong khung của mọi nguồn khác; ' +
      'khi đó bạn đọc chỉ thấy liên kết tới chuyên mục.',
    originHeading: 'Cho phép cổng của bạn nhúng chuyên mục',
    originFind:
      'Tìm nguồn (origin) của cổng: giao thức, tên miền và cổng (nếu có) của trang sẽ nhúng chuyên mục, ' +
      'ví dụ https://hanoi.gov.vn hoặc https://portal.hanoi.gov.vn:8443, không có đường dẫn phía sau. ' +
      'Đọc trên thanh địa chỉ của trình duyệt, hoặc mở trang đó, bấm F12 và gõ location.origin trong Console.',
    originAsk: ({ body }: { body: string }) =>
      `Gửi nguồn đó cho biên tập viên hoặc người xuất bản chuyên mục của ${body}, ` +
      'nhờ thêm vào trường «Nguồn được phép nhúng» của cơ quan trong CMS, mỗi dòng một nguồn.',
    originWait: 'Nguồn có hiệu lực từ bản dựng kế tiếp của chuyên mục: khi nguồn của bạn hiện trong danh sách ở trên, khung sẽ hiển thị.',
    originReported:
      'Trình duyệt của người xem cũng tự báo mỗi lần khung bị từ chối: ' +
      'đơn vị vận hành chuyên mục thấy nguồn của bạn trên trang trạng thái ' +
      'của dịch vụ dựng, kể cả khi bạn chưa kịp gửi đề nghị.',
    subpathHeading: '1. Đặt chuyên mục dưới một đường dẫn của cổng',
    subpathHowTo: ({ folder }: { folder: string }) =>
      `Chép thư mục ${folder}/ của bản dựng vào máy chủ (hoặc chuyển tiếp), rồi thêm cấu hình dưới đây. ` +
      'Mọi liên kết trong chuyên mục là tương đối, nên đường dẫn nào cũng dùng được.',
    subpathShot: 'Chuyên mục chạy dưới đường dẫn /nghi-quyet-57/ của một cổng thử nghiệm',
    /** A comment inside the nginx snippet, before the commented-out proxy alternative. */
    nginxOrProxy: 'Hoặc chuyển tiếp tới máy chủ của chuyên mục',
    /** A comment inside the nginx snippet, above the nested location that sends CORS. */
    nginxRepeat: 'nginx bỏ các add_header ở trên trong location con có add_header riêng, nên phải nhắc lại',
    /** The comment heading the IIS snippet. */
    iisConfigIn: ({ path }: { path: string }) => `web.config trong thư mục ${path}`,
    headersFile: 'Máy chủ tĩnh đọc tệp _headers (Netlify, Cloudflare Pages) dùng sẵn tệp _headers ở gốc chuyên mục.',
    iframeHeading: '2. Khung iframe tự co giãn',
    iframeHowTo:
      'Khung cao đúng bằng nội dung (không có thanh cuộn bên trong). Địa chỉ trang cổng ghi lại trang đang đọc (?c57=…) ' +
      'để bạn đọc lưu hoặc chia sẻ. Liên kết ra ngoài chuyên mục mở ở cửa sổ chính. ' +
      'Nhiều chuyên mục trên một trang: thêm data-param="c57-ten-rieng" cho mỗi khung. ' +
      'Liên kết trong thẻ còn hiện đến khi chuyên mục tải xong trong khung; nếu khung bị từ chối, bạn đọc vẫn bấm được liên kết.',
    iframeShot: 'Chuyên mục trong khung iframe của cổng, khung cao đúng bằng nội dung',
    iframeInPortals: 'Liferay: dán vào một ô Web Content hoặc HTML. NukeViet, Drupal: dán vào một khối HTML.',
    plainHeading: 'Khung iframe không cần script',
    plainWhen:
      'Dùng khi cổng không cho chèn <script> vào khối nội dung (trang hiện đại SharePoint, một số cấu hình ' +
      'Liferay và NukeViet, trình soạn thảo lọc mã): khung cao cố định và có thanh cuộn bên trong, ' +
      'địa chỉ trang cổng không ghi lại trang đang đọc.',
    plainHow:
      'SharePoint: dùng web part Nhúng (Embed), và thêm tên miền của chuyên mục vào Cài đặt site › ' +
      'Bảo mật trường HTML. Liên kết dưới khung mở chuyên mục khi khung bị từ chối.',
    widgetHeading: '3. Tiện ích tin mới nhất',
    widgetHowTo:
      'Hiển thị các bài mới nhất trong Shadow DOM: kiểu dáng của cổng không làm hỏng tiện ích và ngược lại. ' +
      'Khi tắt JavaScript, liên kết bên trong thẻ vẫn hiện.',
    widgetShot: 'Tiện ích tin mới nhất giữ nguyên kiểu dáng dù cổng dùng kiểu chữ đỏ, cỡ lớn cho mọi phần tử',
    widgetTheme: 'Đổi màu, phông chữ bằng biến CSS:',
    fragmentsHeading: '4. Đoạn HTML và nguồn tin RSS',
    fragmentsHowTo: 'Đoạn HTML có kiểu dáng riêng, chèn phía máy chủ hoặc dán vào khối nội dung:',
    fragmentShot: 'Đoạn HTML tin mới nhất chèn vào trang của cổng',
    feedsHowTo: 'Nguồn tin RSS để cổng nhập tự động (NukeViet, Drupal Aggregator):',
  },
  en: {
    title: 'Embedding this column in a portal',
    lede: ({ body }) => `For the administrators of the ${body} portal: four ways to bring the column in, with the code filled in.`,
    columnAddress: 'Column address',
    allowedOrigins: 'Origins allowed to embed',
    allowedOriginsWhere:
      'The allowed origins are set by the body’s web editor or publisher in the CMS (Body › Origins allowed to embed). ' +
      'Browsers refuse to show the column in a frame on any other origin; readers then see only a link to the column.',
    originHeading: 'Letting your portal embed the column',
    originFind:
      'Find the origin of your portal: the scheme, host and port (if any) of the page that will embed the column, ' +
      'for example https://hanoi.gov.vn or https://portal.hanoi.gov.vn:8443, with no path after it. ' +
      'Read it in the browser’s address bar, or open that page, press F12 and type location.origin in the Console.',
    originAsk: ({ body }) =>
      `Send that origin to the web editor or publisher of the ${body} column, ` +
      'asking them to add it to the body’s “Origins allowed to embed” field in the CMS, one origin per line.',
    originWait: 'The origin takes effect with the column’s next build: once your origin shows in the list above, the frame shows.',
    originReported:
      "Readers' browsers also report each refused frame: whoever runs the column sees your origin on the build service's status page, " +
      'even before your request reaches them.',
    subpathHeading: '1. Host the column under a path of the portal',
    subpathHowTo: ({ folder }) =>
      `Copy the built ${folder}/ folder to the server (or proxy to it), then add the configuration below. ` +
      'Every link inside the column is relative, so any path works.',
    subpathShot: 'The column running under /nghi-quyet-57/ on a test portal',
    nginxOrProxy: 'Or proxy to the column server',
    nginxRepeat: 'nginx drops the add_header lines above in a nested location with add_header of its own, so repeat them',
    iisConfigIn: ({ path }) => `web.config in the folder ${path}`,
    headersFile: 'Static hosts that read a _headers file (Netlify, Cloudflare Pages) use the _headers file at the column root as it is.',
    iframeHeading: '2. A self-sizing iframe',
    iframeHowTo:
      'The frame is as tall as its content (no inner scroll bar). The portal address records the page being read (?c57=…) ' +
      'so readers can bookmark or share it. Links leaving the column open in the main window. ' +
      'Several columns on one page: give each frame data-param="c57-its-own-name". ' +
      'The link inside the element shows until the column has loaded in the frame; if the frame is refused, readers can still follow it.',
    iframeShot: 'The column in a portal iframe, the frame as tall as its content',
    iframeInPortals: 'Liferay: paste into a Web Content or HTML portlet. NukeViet, Drupal: paste into an HTML block.',
    plainHeading: 'An iframe without a script',
    plainWhen:
      'Use it when the portal does not allow <script> in content blocks (SharePoint modern pages, some Liferay ' +
      'and NukeViet set-ups, editors that filter code): the frame has a fixed height and scrolls inside, ' +
      'and the portal address does not record the page being read.',
    plainHow:
      'SharePoint: use the Embed web part, and add the column’s domain under Site settings › HTML Field Security. ' +
      'The link below the frame opens the column when the frame is refused.',
    widgetHeading: '3. Latest-news widget',
    widgetHowTo:
      'Shows the latest articles in a Shadow DOM: the portal’s styles cannot break the widget, nor the widget the portal. ' +
      'With JavaScript off, the link inside the element still shows.',
    widgetShot: 'The latest-news widget keeping its look on a portal that makes every element large and red',
    widgetTheme: 'Change colours and font with CSS custom properties:',
    fragmentsHeading: '4. HTML fragments and RSS feeds',
    fragmentsHowTo: 'HTML fragments with their own styles, to include on the server or paste into a content block:',
    fragmentShot: 'The latest-news HTML fragment included in a portal page',
    feedsHowTo: 'RSS feeds for the portal to import (NukeViet, Drupal Aggregator):',
  },
});

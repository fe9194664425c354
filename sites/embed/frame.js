// column57: put on the portal page. Every <div data-column57-frame="https://…/column/"> becomes an
// iframe of that column that sizes itself to the page inside it (no inner scroll bar), and the
// portal's address keeps track of the page being read (?c57=/path) so it can be bookmarked and shared.
// Until the column inside says it has loaded, the placeholder's link stays above the frame and the
// frame scrolls at a fixed height: a refused frame (an origin the body did not allow) still leaves the
// reader a working link, and a column that cannot send its height is still read by scrolling.
(function () {
  function setup(holder) {
    var base = new URL(holder.getAttribute('data-column57-frame'), location.href);
    var param = holder.getAttribute('data-param') || 'c57';
    var params = new URLSearchParams(location.search);
    var start = params.get(param) || '';
    // Only paths inside the column may come from the address bar.
    var first = new URL(start.replace(/^\/+/, ''), base);
    if (first.origin !== base.origin || first.pathname.indexOf(base.pathname) !== 0) first = base;
    var title = holder.getAttribute('data-title') || /*FRAME_TITLE*/'';
    // The snippet's own link, or one made here for snippets that have none.
    var fallback = holder.querySelector('a[href]');
    if (!fallback) {
      fallback = document.createElement('a');
      fallback.textContent = title;
      holder.appendChild(fallback);
    }
    fallback.href = first.href;
    fallback.target = '_top';
    fallback.setAttribute('data-column57-fallback', '');
    var frame = document.createElement('iframe');
    frame.src = first.href;
    frame.title = title;
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'display:block;width:100%;border:0;min-height:400px;height:80vh;overflow:auto';
    holder.appendChild(frame);
    var sized = false;
    window.addEventListener('message', function (event) {
      // Only the column we framed, from its own origin, may talk to us.
      if (event.origin !== base.origin || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.type !== 'column57:page' && data.type !== 'column57:height') return;
      // The column has loaded: the link below it is no longer needed.
      Array.prototype.slice.call(holder.childNodes).forEach(function (node) { if (node !== frame) holder.removeChild(node); });
      if (data.type === 'column57:height' && typeof data.height === 'number' && data.height > 0) {
        if (!sized) {
          sized = true;
          frame.setAttribute('scrolling', 'no');
          frame.style.overflow = 'hidden';
          frame.style.minHeight = '0';
        }
        frame.style.height = Math.min(data.height, 100000) + 'px';
      }
      if (typeof data.path === 'string') {
        var next = new URLSearchParams(location.search);
        if (data.path) next.set(param, '/' + data.path.replace(/^\/+/, '')); else next.delete(param);
        var query = next.toString();
        var address = location.pathname + (query ? '?' + query : '') + location.hash;
        if (address !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', address);
      }
    });
  }
  function all() { document.querySelectorAll('[data-column57-frame]').forEach(setup); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', all); else all();
})();

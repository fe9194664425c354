// column57: put on the portal page. Every <div data-column57-frame="https://…/column/"> becomes an
// iframe of that column that sizes itself to the page inside it (no inner scroll bar), and the
// portal's address keeps track of the page being read (?c57=/path) so it can be bookmarked and shared.
(function () {
  function setup(holder) {
    var base = new URL(holder.getAttribute('data-column57-frame'), location.href);
    var param = holder.getAttribute('data-param') || 'c57';
    var params = new URLSearchParams(location.search);
    var start = params.get(param) || '';
    // Only paths inside the column may come from the address bar.
    var first = new URL(start.replace(/^\/+/, ''), base);
    if (first.origin !== base.origin || first.pathname.indexOf(base.pathname) !== 0) first = base;
    var frame = document.createElement('iframe');
    frame.src = first.href;
    frame.title = holder.getAttribute('data-title') || /*FRAME_TITLE*/'';
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'display:block;width:100%;border:0;min-height:400px;height:800px;overflow:hidden';
    frame.setAttribute('scrolling', 'no');
    holder.innerHTML = '';
    holder.appendChild(frame);
    window.addEventListener('message', function (event) {
      // Only the column we framed, from its own origin, may talk to us.
      if (event.origin !== base.origin || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.type === 'column57:height' && typeof data.height === 'number' && data.height > 0) {
        frame.style.height = Math.min(data.height, 100000) + 'px';
      }
      if ((data.type === 'column57:page' || data.type === 'column57:height') && typeof data.path === 'string') {
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

// column57: runs inside a column page when it is framed by a portal. Tells the portal how tall the
// page is and which page is showing, only ever to an origin the body allowed, and sends links that
// leave the column to the top window. Loaded on demand by a few bytes inline in every page.
(function () {
  var ALLOWED = /*ALLOWED_ORIGINS*/[];
  if (window.top === window) return;
  var script = document.currentScript;
  var root = new URL(script.getAttribute('data-root'), location.href);
  var ancestors = location.ancestorOrigins;
  var parentOrigin = ancestors && ancestors.length ? ancestors[0] : (document.referrer ? new URL(document.referrer).origin : null);
  if (!parentOrigin || ALLOWED.indexOf(parentOrigin) === -1) return;
  var lastHeight = 0;
  function path() { return location.pathname.slice(root.pathname.length) + location.search + location.hash; }
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: 'column57:height', height: height, path: path() }, parentOrigin);
  }
  window.parent.postMessage({ type: 'column57:page', path: path(), title: document.title }, parentOrigin);
  report();
  if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (!link) return;
    var target = new URL(link.getAttribute('href'), location.href);
    if (target.origin !== root.origin || target.pathname.indexOf(root.pathname) !== 0) link.target = '_top';
  });
})();

// column57: runs inside a column page when it is framed by a portal. Tells the portal how tall the
// page is and which page is showing, and sends links that leave the column to the top window. Loaded
// on demand by a few bytes inline in every page. Which portals may frame the column is the server's
// to say (Content-Security-Policy: frame-ancestors), not this script's: a list written in here at build
// time left the frame without its height on any origin the server allowed but the list did not.
// What it tells (a public page's height, path and title) goes only to the window that framed it.
(function () {
  if (window.top === window) return;
  var script = document.currentScript;
  var root = new URL(script.getAttribute('data-root'), location.href);
  var ancestors = location.ancestorOrigins;
  // The parent's origin, where the browser says it; else only the parent window itself can read it.
  var parentOrigin = ancestors && ancestors.length ? ancestors[0] : (document.referrer ? new URL(document.referrer).origin : '*');
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

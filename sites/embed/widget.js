// column57: <column57-latest src="https://…/column/feed.json" limit="5">…links…</column57-latest>
// Renders a column's latest items in a Shadow DOM, so the portal's styles cannot reach in and the
// widget's cannot leak out. Themeable with --c57-* custom properties. Whatever is inside the element
// (a plain list of links) stays as the fallback when JavaScript is off or the feed cannot be read.
(function () {
  if (customElements.get('column57-latest')) return;
  // :host resets everything it could inherit from the portal (important wins inside the shadow), then
  // takes only what the portal passes on purpose, through --c57-* custom properties.
  var CSS = ':host{all:initial!important;display:block!important;font-family:var(--c57-font,system-ui,sans-serif)!important;font-size:var(--c57-font-size,16px)!important;line-height:1.5!important;color:var(--c57-text,#0b0c0c)!important;background:var(--c57-background,#fff)!important;border-top:var(--c57-border,4px solid #a61b1b)!important;padding:var(--c57-padding,.75rem 0)!important}'
    + 'h2{font-size:var(--c57-title-size,1.15em);margin:0 0 .5em}ul{list-style:none;margin:0;padding:0}li{margin:0 0 .6em}'
    + 'a{color:var(--c57-link,#a61b1b);font-weight:600}a:focus-visible{outline:3px solid #0b0c0c;background:#fd0;color:#0b0c0c}'
    + 'time{display:block;color:var(--c57-muted,#505a5f);font-size:.9em}.more{font-weight:400}';
  var LABELS = /*LABELS*/{};
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    return node;
  }
  function date(iso, lang) {
    try { return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso)); } catch (e) { return iso.slice(0, 10); }
  }
  customElements.define('column57-latest', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var self = this;
      var src = this.getAttribute('src');
      var limit = Math.max(1, Math.min(20, parseInt(this.getAttribute('limit') || '5', 10) || 5));
      var lang = this.getAttribute('lang') || document.documentElement.lang || 'vi';
      var labels = LABELS[lang.slice(0, 2)] || LABELS.vi;
      if (!src) return;
      fetch(src, { credentials: 'omit' }).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }).then(function (feed) {
        var root = self.attachShadow({ mode: 'open' });
        root.appendChild(el('style', CSS));
        var section = el('section', null, { 'aria-label': self.getAttribute('heading') || feed.title || labels.title });
        section.appendChild(el('h2', self.getAttribute('heading') || feed.title || labels.title));
        var list = el('ul');
        (feed.items || []).slice(0, limit).forEach(function (item) {
          if (!/^https?:\/\//.test(item.url)) return;
          var li = el('li');
          li.appendChild(el('a', item.title, { href: item.url, target: '_top' }));
          if (item.date_published) li.appendChild(el('time', date(item.date_published, lang), { datetime: item.date_published }));
          list.appendChild(li);
        });
        section.appendChild(list);
        if (/^https?:\/\//.test(feed.home_page_url || '')) section.appendChild(el('a', labels.more, { href: feed.home_page_url, class: 'more', target: '_top' }));
        root.appendChild(section);
      }).catch(function () { /* the fallback links inside the element stay */ });
    }
  });
})();

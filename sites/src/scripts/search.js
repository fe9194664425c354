// The search box of a column and of the hub's national search, run in the browser. It asks Pagefind's
// index for the reader's words, folded as the index was (sites/src/lib/search-format.ts: "đ" as "d",
// one letter for one), and lists the pages found: title, whose column, kind, date, and the passage that
// matched with each "đ" put back where the page has it. Its words come from the page (data-text);
// nothing here is text a person reads. The address keeps the search (?q=…), so it can be shared.
(function () {
  'use strict';
  var box = document.querySelector('[data-search]');
  if (!box) return;
  var form = box.querySelector('form');
  var input = form.querySelector('input[type="search"]');
  var filter = form.querySelector('[data-body-filter]');
  var status = box.querySelector('[data-status]');
  var list = box.querySelector('[data-results]');
  var more = box.querySelector('[data-more]');
  var later = box.querySelector('[data-later]');
  var text = JSON.parse(box.dataset.text);
  // The column may sit under any sub-path: results and the index are found from this page's own address.
  var root = new URL(box.dataset.root, location.href);
  var bundle = new URL(box.dataset.bundle, location.href);
  var lang = document.documentElement.lang || 'vi';
  var PAGE = 10;
  var fold = function (words) {
    return words.replace(/đ/g, 'd').replace(/Đ/g, 'D');
  };
  var fill = function (template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? values[key] : whole;
    });
  };

  // A column goes live a little before its index is written: then the box says so instead of failing.
  // The national index comes in shards (one per province and its communes, one for the central bodies),
  // listed in shards.json: the first with the page's language is loaded, the others merged into it.
  var ready = (box.dataset.shards ? shardsOf(new URL(box.dataset.shards, bundle)) : Promise.resolve([bundle])).then(load);

  // A shard that does not answer (being swapped in, or taken out a moment ago) is left out, not the search.
  // Without a list, the index from before shards (one piece, in the folder itself) is tried.
  function shardsOf(list) {
    return fetch(list.href, { cache: 'no-cache' })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(
        function (listed) {
          var mine = listed.shards
            .filter(function (shard) {
              return shard.languages[lang] > 0;
            })
            .map(function (shard) {
              return new URL(shard.id + '/', bundle);
            });
          return Promise.all(mine.map(answers)).then(function (ok) {
            return mine.filter(function (shard, i) {
              return ok[i];
            });
          });
        },
        function () {
          return [bundle];
        },
      );
  }

  function answers(shard) {
    return fetch(shard.href + 'pagefind-entry.json', { cache: 'no-cache' }).then(
      function (response) {
        return response.ok;
      },
      function () {
        return false;
      },
    );
  }

  // With no shard in the page's language there is nothing to find: every search answers "none".
  var nothing = {
    search: function () {
      return Promise.resolve({ results: [] });
    },
    filters: function () {
      return Promise.resolve({});
    },
  };

  function load(bundles) {
    if (!bundles.length) return nothing;
    return import(bundles[0].href + 'pagefind.js').then(function (pagefind) {
      return Promise.resolve(pagefind.options({ basePath: bundles[0].pathname }))
        .then(function () {
          return Promise.all(
            bundles.slice(1).map(function (other) {
              return pagefind.mergeIndex(other.pathname, { language: lang });
            }),
          );
        })
        .then(function () {
          return pagefind;
        });
    });
  }
  // The body filter of the national search lists the bodies the index holds (Pagefind's filter).
  var prepared = ready.then(function (pagefind) {
    if (!filter) return;
    return pagefind.filters().then(function (filters) {
      var names = Object.keys(filters.body || {}).sort(function (a, b) {
        return a.localeCompare(b, lang);
      });
      names.forEach(function (name) {
        var option = document.createElement('option');
        option.value = name;
        option.textContent = name;
        filter.appendChild(option);
      });
      var wanted = new URLSearchParams(location.search).get('co-quan');
      if (wanted && names.indexOf(wanted) >= 0) filter.value = wanted;
    });
  });
  prepared.catch(function () {
    form.hidden = true;
    later.hidden = false;
  });

  var generation = 0;
  var results = [];
  var shown = 0;

  function remember(query) {
    var params = new URLSearchParams(location.search);
    if (query) params.set('q', query);
    else params.delete('q');
    if (filter && filter.value) params.set('co-quan', filter.value);
    else params.delete('co-quan');
    var search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : ''));
  }

  function search() {
    var query = input.value.trim();
    var mine = ++generation;
    remember(query);
    list.textContent = '';
    more.hidden = true;
    results = [];
    shown = 0;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = text.searching;
    ready
      .then(function (pagefind) {
        var options = filter && filter.value ? { filters: { body: filter.value } } : {};
        return pagefind.search(fold(query), options);
      })
      .then(function (answer) {
        if (mine !== generation || !answer) return;
        results = answer.results;
        var count = results.length;
        status.textContent =
          count === 0
            ? fill(text.none, { query: query })
            : count === 1
              ? fill(text.foundOne, { query: query })
              : fill(text.found, { count: count.toLocaleString(lang), query: query });
        return showMore(mine, false);
      })
      .catch(function () {
        // The index changed under the page (swapped since it loaded): say so, as before it was ready.
        if (mine !== generation) return;
        status.textContent = '';
        later.hidden = false;
      });
  }

  function showMore(mine, focus) {
    var next = results.slice(shown, shown + PAGE);
    shown += next.length;
    more.hidden = true;
    return Promise.all(
      next.map(function (result) {
        return result.data();
      }),
    ).then(function (items) {
      if (mine !== generation) return;
      var first = null;
      items.forEach(function (item) {
        var entry = entryOf(item);
        list.appendChild(entry);
        first = first || entry.querySelector('a');
      });
      more.hidden = shown >= results.length;
      // "More results" moves on to the first of the new ones, for a reader on a keyboard or a screen reader.
      if (focus && first) first.focus();
    });
  }

  function entryOf(item) {
    var meta = item.meta || {};
    var entry = document.createElement('li');
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = new URL(meta.href || item.url, root).href;
    link.textContent = meta.title || link.href;
    heading.appendChild(link);
    entry.appendChild(heading);
    var facts = document.createElement('p');
    facts.className = 'meta';
    facts.textContent = [meta.body, text[meta.kind], meta.date].filter(Boolean).join(' · ');
    entry.appendChild(facts);
    var passage = document.createElement('p');
    passage.className = 'excerpt';
    excerptInto(passage, item, meta.d);
    entry.appendChild(passage);
    return entry;
  }

  // Pagefind's passage is its folded text, escaped, with <mark> around the words found. It is read as
  // text and marks only, and each letter folded at indexing is put back from meta.d (offsets in the text).
  function excerptInto(into, item, folded) {
    var at = {};
    (folded ? folded.split(',') : []).forEach(function (offset) {
      at[parseInt(offset, 36)] = true;
    });
    var holder = document.createElement('template');
    holder.innerHTML = item.excerpt || '';
    var start = (item.content || '').indexOf(holder.content.textContent);
    var offset = start;
    holder.content.childNodes.forEach(function (node) {
      var piece = node.textContent;
      if (start >= 0) {
        var restored = '';
        for (var i = 0; i < piece.length; i++) restored += at[offset + i] ? (piece[i] === 'D' ? 'Đ' : 'đ') : piece[i];
        offset += piece.length;
        piece = restored;
      }
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = piece;
        into.appendChild(mark);
      } else into.appendChild(document.createTextNode(piece));
    });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  if (filter) filter.addEventListener('change', search);
  more.addEventListener('click', function () {
    showMore(generation, true);
  });
  var asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    prepared.then(search, function () {});
  }
})();

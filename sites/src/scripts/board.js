// The bulletin board's page, run in the browser: rotates the slides, pauses on request, fetches the page
// again now and then for new slides, and registers the worker that keeps the board going offline.
// Its words are on the page (the button, the notices); nothing here is text a person reads.
(function () {
  'use strict';
  var board = document.querySelector('[data-board]');
  if (!board) return;
  var query = new URLSearchParams(location.search);
  // A test, or a board that wants another pace, says so in the address: ?interval=500&refresh=2000 (milliseconds).
  var setting = function (name) {
    var value = Number(query.get(name) || board.dataset[name]);
    return value >= 100 ? value : Number(board.dataset[name]);
  };
  var interval = setting('interval');
  var refresh = setting('refresh');
  var pauseButton = board.querySelector('[data-pause]');
  var offlineNotice = board.querySelector('[data-offline]');
  var index = 0;
  var paused = false;
  var timer = 0;

  var slides = function () {
    return board.querySelectorAll('[data-slide]');
  };
  function show(next) {
    var all = slides();
    if (!all.length) return;
    index = (next + all.length) % all.length;
    all.forEach(function (slide, i) {
      slide.classList.toggle('current', i === index);
    });
    board.querySelector('[data-position]').textContent = String(index + 1);
    board.querySelector('[data-total]').textContent = String(all.length);
    schedule();
  }
  function schedule() {
    clearTimeout(timer);
    if (paused) return;
    var current = slides()[index];
    var weight = current ? Number(current.dataset.weight) || 1 : 1;
    timer = setTimeout(function () {
      show(index + 1);
    }, interval * weight);
  }
  function setPaused(value) {
    paused = value;
    pauseButton.setAttribute('aria-pressed', String(paused));
    board.classList.toggle('paused', paused);
    schedule();
  }
  pauseButton.addEventListener('click', function () {
    setPaused(!paused);
  });
  document.addEventListener('keydown', function (event) {
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    if (event.key === ' ' || event.key === 'p' || event.key === 'k') {
      event.preventDefault();
      setPaused(!paused);
    } else if (event.key === 'ArrowRight') show(index + 1);
    else if (event.key === 'ArrowLeft') show(index - 1);
  });

  // New slides: the page itself, fetched again; while the network is down the board keeps what it shows.
  function update() {
    fetch(location.href, { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        offlineNotice.hidden = navigator.onLine && !response.headers.has('X-Board-Kept');
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-slides]');
        var shown = board.querySelector('[data-slides]');
        if (!fresh || fresh.dataset.version === shown.dataset.version) return;
        shown.replaceWith(document.importNode(fresh, true));
        show(0);
      })
      .catch(function () {
        offlineNotice.hidden = false;
      });
  }
  setInterval(update, refresh);
  addEventListener('online', update);
  addEventListener('offline', function () {
    offlineNotice.hidden = false;
  });

  if ('serviceWorker' in navigator && board.dataset.worker) navigator.serviceWorker.register(board.dataset.worker).catch(function () {});
  if (!navigator.onLine) offlineNotice.hidden = false;
  show(0);
})();

// beat.js - reports study time while a lesson page is open and in use. Progress works without it
// ("mark as finished"); this only measures time and notices a video watched or a text read to its end.
(function () {
  'use strict';
  var el = document.getElementById('study');
  if (!el || !window.fetch) return;
  var EVERY = 30;     // seconds between reports
  var IDLE = 120;     // no input for this long, and no video playing, is not study
  var kind = el.getAttribute('data-kind');
  var video = document.querySelector('video.player');
  var active = 0, lastInput = Date.now(), watched = 0, read = 0, readSent = 0, sent = 0;

  ['mousemove', 'keydown', 'scroll', 'touchstart', 'click'].forEach(function (e) {
    window.addEventListener(e, function () { lastInput = Date.now(); }, { passive: true });
  });

  function playedShare() {
    if (!video || !video.duration) return 0;
    var t = 0;
    for (var i = 0; i < video.played.length; i++) t += video.played.end(i) - video.played.start(i);
    return Math.min(100, Math.floor(100 * t / video.duration));
  }

  function atEnd() {
    return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 40;
  }

  function send() {
    watched = Math.max(watched, playedShare());
    var r = read && !readSent ? 1 : 0;
    if (active === 0 && watched === sent && !r) return;
    var body = 'csrf=' + encodeURIComponent(el.getAttribute('data-csrf')) + '&seconds=' + active +
      '&watched=' + watched + '&read=' + r;
    active = 0;
    readSent = readSent || r;
    sent = watched;
    fetch(el.getAttribute('data-beat'), { method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body }).catch(function () {});
  }

  setInterval(function () {
    var playing = video && !video.paused;
    if (document.visibilityState === 'visible' && (playing || Date.now() - lastInput < IDLE * 1000)) active++;
    if (kind === 'text' && atEnd()) read = 1;
    if (active >= EVERY) send();
  }, 1000);
  document.querySelectorAll('a.document').forEach(function (a) {
    a.addEventListener('click', function () { read = 1; send(); });
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') send();
  });
  window.addEventListener('pagehide', send);
})();

// exam.js - the portal's exam paper, made a little nicer: a countdown of the time the server gave,
// and each question saved as soon as it is answered (with the receipt shown). Everything works
// without it: the paper is one form whose "save" and "hand in" buttons post every answer.
(function () {
  'use strict';
  var form = document.getElementById('paper');
  var timer = document.getElementById('timer');
  var shown = document.getElementById('left');
  var note = document.getElementById('receipt');
  if (!form || !timer || !window.fetch || !window.FormData || !window.DOMParser) return;
  var end = Date.now() + 1000 * Number(timer.getAttribute('data-left'));
  var min = shown.textContent.replace(/^\d+(\D+)\d+(\D*)$/, '$1');
  var sec = shown.textContent.replace(/^\d+(\D+)\d+(\D*)$/, '$2');

  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    shown.textContent = Math.floor(left / 60) + min + (left % 60) + sec;
    // The server hands the attempt in when its time is over; show that.
    if (left === 0) window.location.reload();
    else setTimeout(tick, 1000);
  }
  tick();

  // One question's answers, posted as the form would; the answer (a 303 to the paper's
  // XML) carries the receipt.
  function save(fieldset) {
    var q = fieldset.getAttribute('data-q');
    var body = new URLSearchParams();
    body.append('csrf', form.elements.csrf.value);
    body.append('shown', q);
    body.append('to', q);     // the paper comes back with this question only
    new FormData(form).forEach(function (v, k) { if (k === 'a' + q) body.append(k, v); });
    fetch(form.action, { method: 'POST', credentials: 'same-origin', body: body,
      headers: { 'Accept': 'application/xml' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (text) {
        var r = new DOMParser().parseFromString(text, 'application/xml').querySelector('receipt');
        if (!r) return;
        note.textContent = form.getAttribute('data-saved') + ' ' + r.getAttribute('at') + ' · ' +
          form.getAttribute('data-receipt') + ' #' + r.getAttribute('id');
        note.hidden = false;
      })
      .catch(function () {});   // the "save" button still posts everything
  }

  // The page hidden or closed: the lecturer's log notes it; the clock runs on.
  var leave = form.action.replace(/answers$/, 'leave');
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState !== 'hidden' || !navigator.sendBeacon) return;
    navigator.sendBeacon(leave, new URLSearchParams({ csrf: form.elements.csrf.value }));
  });

  var pending = {};
  form.addEventListener('change', function (e) {
    var f = e.target.closest('fieldset[data-q]');
    if (!f) return;
    clearTimeout(pending[f.id]);    // a text's change on leaving it: saved once, now
    save(f);
  });
  form.addEventListener('input', function (e) {
    var f = e.target.closest('fieldset[data-q]');
    if (!f || e.target.type === 'radio' || e.target.type === 'checkbox') return;
    clearTimeout(pending[f.id]);
    pending[f.id] = setTimeout(function () { save(f); }, 2000);
  });
})();

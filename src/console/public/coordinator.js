// Coordinator page: charts (Chart.js from node_modules), themes, signals and the annual-report export.
(function () {
  'use strict';
  var csrf = '';
  var charts = {};
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = String(text); return e; }
  function api(method, path, body) {
    var h = { Accept: 'application/json' };
    if (body !== undefined) { h['Content-Type'] = 'application/json'; h['X-CSRF-Token'] = csrf; }
    return fetch('/api/agent' + path, { method: method, headers: h, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); });
  }
  function q() { return '?from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value); }
  function chart(id, type, counts, label) {
    if (charts[id]) charts[id].destroy();
    var canvas = $(id);
    canvas.textContent = counts.map(function (c) { return c.key + ': ' + c.n; }).join(', '); // fallback text
    if (typeof Chart !== 'function') return;
    charts[id] = new Chart(canvas, {
      type: type,
      data: { labels: counts.map(function (c) { return c.key; }), datasets: [{ label: label, data: counts.map(function (c) { return c.n; }), backgroundColor: ['#1f5f8b', '#c9462c', '#2e7d32', '#8e5bb5', '#b8860b', '#555', '#00838f'] }] },
      options: { animation: false, responsive: true, plugins: { legend: { display: type !== 'bar' } } },
    });
  }
  function kpi(dl, k, v) { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', null, v)); }
  function pct(x) { return x == null ? '–' : Math.round(x * 100) + '%'; }
  function load() {
    $('csv').href = '/api/agent/coordinator/export.csv' + q();
    $('json').href = '/api/agent/coordinator/export.json' + q();
    api('GET', '/coordinator/stats' + q()).then(function (r) {
      if (!r.ok) { $('error').textContent = 'Kon de cijfers niet laden.'; return; }
      var s = r.json.stats;
      var dl = $('kpis');
      while (dl.firstChild) dl.removeChild(dl.firstChild);
      kpi(dl, 'Dossiers', s.total);
      kpi(dl, 'Informeel / formeel', s.informal + ' / ' + s.formal);
      kpi(dl, 'Mediane tijd tot eerste antwoord van een mens', s.medianFirstAnswerMinutes == null ? '–' : Math.round(s.medianFirstAnswerMinutes) + ' min');
      kpi(dl, 'Termijnen gehaald', pct(s.deadlines.compliance) + ' (' + s.deadlines.onTime + ' op tijd, ' + s.deadlines.late + ' te laat, ' + s.deadlines.openOverdue + ' open en verstreken)');
      kpi(dl, 'Heropend na oplossing', pct(s.reopen.rate) + ' (' + s.reopen.reopened + ' van ' + s.reopen.solved + ')');
      chart('c-body', 'bar', s.byBody, 'Dossiers');
      chart('c-kind', 'doughnut', s.byKind, 'Dossiers');
      chart('c-channel', 'doughnut', s.byChannel, 'Dossiers');
      chart('c-week', 'bar', s.byWeek, 'Dossiers');
      chart('c-route', 'doughnut', [{ key: 'informeel', n: s.informal }, { key: 'formeel', n: s.formal }], 'Dossiers');
      var ul = $('overdue');
      while (ul.firstChild) ul.removeChild(ul.firstChild);
      (r.json.overdue || []).forEach(function (c) { ul.appendChild(el('li', 'case-late', c.reference + ' – ' + c.status + ' – termijn ' + c.decisionDeadline + (c.handlerName ? ' – ' + c.handlerName : ''))); });
      if (!(r.json.overdue || []).length) ul.appendChild(el('li', null, 'Geen.'));
    });
    api('GET', '/coordinator/themes' + q()).then(function (r) {
      if (!r.ok) return;
      var ol = $('themes');
      while (ol.firstChild) ol.removeChild(ol.firstChild);
      r.json.themes.forEach(function (t) {
        var li = el('li');
        li.appendChild(el('strong', null, t.label));
        li.appendChild(document.createTextNode(' – ' + t.size + ' dossiers: ' + t.references.join(', ')));
        if (t.signal) li.appendChild(el('p', 'notice', 'Signaal: ' + t.signal.decision + ' (' + (t.signal.decidedBy || '') + ')'));
        else {
          var f = el('form', 'case-form');
          var id = 'sig-' + t.key.replace(/[^a-z0-9]/gi, '');
          var l = el('label', null, 'Besluit over dit signaal'); l.htmlFor = id;
          var i = el('input'); i.id = id;
          var b = el('button', 'btn', 'Markeer als signaal'); b.type = 'submit';
          f.appendChild(l); f.appendChild(i); f.appendChild(b);
          f.addEventListener('submit', function (ev) {
            ev.preventDefault();
            api('POST', '/coordinator/signals', { themeKey: t.key, label: t.label, caseIds: t.caseIds, decision: i.value.trim() }).then(load);
          });
          li.appendChild(f);
        }
        ol.appendChild(li);
      });
      var sl = $('signals');
      while (sl.firstChild) sl.removeChild(sl.firstChild);
      r.json.signals.forEach(function (s) { sl.appendChild(el('li', null, s.label + ': ' + s.decision + ' – ' + (s.decidedBy || '') + ', ' + new Date(s.decidedAt).toLocaleDateString('nl-NL'))); });
    });
  }
  $('period').addEventListener('submit', function (ev) { ev.preventDefault(); load(); });
  api('GET', '/me').then(function (r) {
    if (!r.ok) { location.href = '/agent'; return; }
    csrf = r.json.csrfToken;
    var now = new Date();
    $('from').value = now.getFullYear() + '-01-01';
    $('to').value = now.toISOString().slice(0, 10);
    load();
  });
})();

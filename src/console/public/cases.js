// Case panel of the agent console: the dossier of the shown conversation (status, deadlines,
// channels, history, notes) and its actions. No framework; all text is set with textContent.
(function () {
  'use strict';

  var API = '/api/agent';
  var cur = { conversationId: null, csrf: '', me: null };
  var STATUS = { ontvangen: 'Ontvangen', informeel: 'Informeel in behandeling', opgelost: 'Opgelost', formeel: 'Formele klacht', afgehandeld: 'Afgehandeld', ingetrokken: 'Ingetrokken' };
  var KIND = { klacht: 'Klacht', signaal: 'Signaal', bezwaar: 'Bezwaar' };
  var DEADLINE = { decision: 'Beslistermijn (Awb 9:11)', notice: 'Melding niet behandelen (Awb 9:8)', bezwaar: 'Laatste dag bezwaar (Awb 6:7)' };
  var CHANNEL = { whatsapp: 'WhatsApp', webchat: 'Webchat', email: 'E-mail' };
  var ACTOR = { agent: '', resident: 'inwoner', system: 'systeem' };
  var EVENT = {
    created: 'Dossier aangemaakt',
    status: 'Status',
    reopened: 'Heropend',
    'handler.assigned': 'Behandelaar toegewezen',
    'conversation.linked': 'Gesprek gekoppeld',
    'receipt.sent': 'Ontvangstbevestiging verstuurd (Awb 9:6)',
    'letter.emailed': 'Brief per e-mail verstuurd',
    'deadline.extended': 'Termijn verlengd (Awb 9:11 lid 2)',
    'hearing.recorded': 'Hoorzitting vastgelegd (Awb 9:10)',
    reminder: 'Herinnering termijn',
    'deadline.passed': 'Termijn verstreken',
    'follow-up.asked': 'Nazorgvraag gesteld',
    'follow-up.answered': 'Nazorg beantwoord',
    note: 'Notitie',
    'contact.added': 'E-mailadres toegevoegd',
  };
  var NEXT = {
    ontvangen: ['informeel', 'formeel', 'ingetrokken'],
    informeel: ['opgelost', 'formeel', 'ingetrokken'],
    opgelost: ['informeel', 'formeel'],
    formeel: ['ingetrokken'],
    afgehandeld: [],
    ingetrokken: ['informeel'],
  };

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }
  function lbl(map, k) { return Object.prototype.hasOwnProperty.call(map, k) ? map[k] : String(k); }
  function day(d) {
    return new Date(d + 'T12:00:00Z').toLocaleDateString('nl-NL', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  function when(iso) {
    return new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  }
  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-CSRF-Token'] = cur.csrf;
    return fetch(API + path, { method: method, headers: headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) { return { ok: r.ok, status: r.status, json: j }; }); });
  }

  /** One line of the case history, as the console shows it. */
  function eventText(e) {
    var who = e.actor === 'agent' ? (e.agentName || 'medewerker') : lbl(ACTOR, e.actor);
    var t = lbl(EVENT, e.type);
    if (e.type === 'status' || e.type === 'reopened') t += ': ' + (e.from ? lbl(STATUS, e.from) + ' → ' : '') + lbl(STATUS, e.to);
    var d = e.data || {};
    if (e.type === 'created') t += ' ' + (d.reference || '') + ' via ' + lbl(CHANNEL, d.channel);
    if (e.type === 'conversation.linked') t += ' (' + lbl(CHANNEL, d.channel) + (d.by === 'reference' ? ', inwoner noemde het dossiernummer' : ', door medewerker') + ')';
    if (e.type === 'deadline.extended') t += ' naar ' + day(d.to);
    if (e.type === 'receipt.sent') t += ', beslissen uiterlijk ' + day(d.deadline);
    if (e.type === 'reminder') t += ': ' + d.workingDaysBefore + ' werkdagen vóór ' + lbl(DEADLINE, d.deadline).toLowerCase() + ' (' + day(d.date) + ')';
    if (e.type === 'deadline.passed') t += ': ' + lbl(DEADLINE, d.deadline).toLowerCase() + ' (' + day(d.date) + ')';
    if (e.type === 'follow-up.answered') t += ': ' + ({ yes: 'ja, opgelost', no: 'nee, niet opgelost', other: 'ander antwoord' }[d.answer] || d.answer);
    if (d.judgment) t += ' – oordeel: ' + d.judgment + (d.onTime === false ? ' (te laat)' : d.onTime ? ' (op tijd)' : '');
    if (d.notHandled) t += ' – niet behandeld: ' + d.notHandled;
    return when(e.at) + ' – ' + t + (who ? ' – ' + who : '');
  }

  function field(dl, term, value, cls) {
    dl.appendChild(el('dt', null, term));
    var dd = el('dd', cls || null);
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value == null || value === '' ? '–' : String(value);
    dl.appendChild(dd);
  }

  function form(label, inputs, submitText, onSubmit) {
    var f = el('form', 'case-form');
    var fs = el('fieldset');
    fs.appendChild(el('legend', null, label));
    inputs.forEach(function (i) { fs.appendChild(i); });
    var b = el('button', 'btn', submitText);
    b.type = 'submit';
    fs.appendChild(b);
    f.appendChild(fs);
    f.addEventListener('submit', function (ev) { ev.preventDefault(); onSubmit(f); });
    return f;
  }
  var uid = 0;
  function input(labelText, name, type, options) {
    var wrap = el('div', 'field');
    var id = 'case-' + name + '-' + (++uid);
    var l = el('label', null, labelText);
    l.htmlFor = id;
    var i;
    if (type === 'select') {
      i = el('select');
      options.forEach(function (o) { var opt = el('option', null, o[1]); opt.value = o[0]; i.appendChild(opt); });
    } else if (type === 'textarea') { i = el('textarea'); i.rows = 3; }
    else { i = el('input'); i.type = type || 'text'; }
    i.id = id;
    i.name = name;
    wrap.appendChild(l);
    wrap.appendChild(i);
    return wrap;
  }
  function val(f, name) { var i = f.querySelector('[name="' + name + '"]'); return i ? i.value.trim() : ''; }

  function act(c, path, body) {
    api('POST', '/cases/' + encodeURIComponent(c.id) + '/' + path, body).then(function (r) {
      var msg = $('case-msg');
      if (r.ok) { msg.textContent = 'Opgeslagen.'; render([r.json.case]); }
      else msg.textContent = (r.json && r.json.error && r.json.error.message) || 'Dat ging niet.';
    });
  }

  function renderCase(root, c) {
    var head = el('p', 'case-head' + (c.overdue ? ' case-overdue' : ''));
    head.appendChild(el('strong', 'case-ref', c.reference));
    head.appendChild(document.createTextNode(' · ' + lbl(KIND, c.kind) + ' · '));
    head.appendChild(el('span', 'case-status case-status-' + c.status, lbl(STATUS, c.status)));
    if (c.overdue) head.appendChild(el('span', 'badge badge-crisis', 'Termijn verstreken'));
    root.appendChild(head);

    var dl = el('dl', 'card-grid');
    field(dl, 'Ontvangen', when(c.receivedAt));
    field(dl, 'Behandelaar', c.handlerName);
    field(dl, 'Team', c.team);
    field(dl, 'Betrokken', (c.bodies || []).join(', '));
    field(dl, 'Kanalen', c.conversations.map(function (x) { return lbl(CHANNEL, x.channel); }).join(' + '));
    c.deadlines.forEach(function (d) {
      var txt = day(d.date) + (d.met === true ? ' – gehaald' : d.met === false ? ' – niet gehaald' : d.overdue ? ' – verstreken' : ' – nog ' + d.daysLeft + ' dagen');
      field(dl, lbl(DEADLINE, d.kind), txt, d.overdue || d.met === false ? 'case-late' : null);
    });
    if (c.decisionDate) field(dl, 'Datum besluit', day(c.decisionDate));
    if (c.extended) field(dl, 'Verlengd', c.extensionReason);
    if (c.hearing) field(dl, 'Hoorzitting', (c.hearing.skipped ? 'Niet gehoord. ' : (c.hearing.heldOn ? day(c.hearing.heldOn) + '. ' : '')) + c.hearing.report);
    if (c.outcome) field(dl, 'Uitkomst', c.outcome.judgment + ' – ' + c.outcome.conclusions, 'wide');
    if (c.followUpDue) field(dl, 'Nazorg', c.followUpResult ? c.followUpResult : 'vraag op ' + when(c.followUpDue));
    if (c.reopenCount) field(dl, 'Heropend', c.reopenCount + '×');
    root.appendChild(dl);

    var hist = el('details', 'history');
    hist.open = true;
    hist.appendChild(el('summary', null, 'Geschiedenis van het dossier'));
    var ol = el('ol', 'case-history');
    c.events.forEach(function (e) { ol.appendChild(el('li', 'case-event case-event-' + e.type.replace(/\./g, '-'), eventText(e))); });
    hist.appendChild(ol);
    if (c.notes.length) {
      var nl = el('ul', 'case-notes');
      c.notes.forEach(function (n) { nl.appendChild(el('li', null, when(n.at) + ' – ' + (n.kind === 'hearing' ? 'Verslag hoorzitting' : 'Notitie') + ' (' + (n.agentName || '') + '): ' + n.text)); });
      hist.appendChild(nl);
    }
    root.appendChild(hist);

    var actions = el('div', 'case-actions');
    var next = NEXT[c.status] || [];
    if (next.length) {
      actions.appendChild(form('Status wijzigen', [input('Nieuwe status', 'to', 'select', next.map(function (s) { return [s, lbl(STATUS, s)]; })), input('Toelichting', 'note')], 'Wijzigen', function (f) {
        act(c, 'status', val(f, 'note') ? { to: val(f, 'to'), note: val(f, 'note') } : { to: val(f, 'to') });
      }));
    }
    actions.appendChild(form('Notitie (intern)', [input('Notitie', 'text', 'textarea')], 'Opslaan', function (f) { act(c, 'notes', { text: val(f, 'text') }); }));
    if (c.status === 'formeel') {
      if (!c.extended) actions.appendChild(form('Termijn verlengen (één keer, 4 weken)', [input('Reden (gaat naar de inwoner)', 'reason')], 'Verlengen', function (f) { act(c, 'extend', { reason: val(f, 'reason') }); }));
      actions.appendChild(form('Hoorzitting vastleggen (Awb 9:10)', [input('Datum', 'heldOn', 'date'), input('Verslag', 'report', 'textarea')], 'Vastleggen', function (f) {
        act(c, 'hearing', { heldOn: val(f, 'heldOn') || null, report: val(f, 'report') });
      }));
      actions.appendChild(form('Uitkomst versturen (Awb 9:12)', [
        input('Bevindingen', 'findings', 'textarea'),
        input('Oordeel', 'judgment', 'select', [['terecht', 'Terecht'], ['deels-terecht', 'Deels terecht'], ['niet-terecht', 'Niet terecht'], ['geen-oordeel', 'Geen oordeel']]),
        input('Conclusies en wat wij doen', 'conclusions', 'textarea'),
      ], 'Brief versturen', function (f) {
        act(c, 'outcome', { findings: val(f, 'findings'), judgment: val(f, 'judgment'), conclusions: val(f, 'conclusions') });
      }));
      actions.appendChild(form('Niet behandelen (Awb 9:8)', [
        input('Reden', 'reason', 'select', [['al-behandeld', 'Al eerder behandeld'], ['ouder-dan-een-jaar', 'Langer dan een jaar geleden'], ['bezwaar-mogelijk', 'Bezwaar is (was) mogelijk'], ['te-gering', 'Belang te klein']]),
        input('Toelichting', 'note'),
      ], 'Bericht versturen', function (f) { act(c, 'not-handled', { reason: val(f, 'reason'), note: val(f, 'note') || undefined }); }));
    }
    if (c.status !== 'afgehandeld') {
      actions.appendChild(form('E-mailadres van de inwoner toevoegen', [input('E-mailadres', 'email', 'email')], 'Toevoegen', function (f) { act(c, 'contact', { email: val(f, 'email') }); }));
    }
    var det = el('details', 'case-actions-wrap');
    det.appendChild(el('summary', null, 'Acties op het dossier'));
    det.appendChild(actions);
    root.appendChild(det);
  }

  function render(list) {
    var panel = $('case-panel');
    var body = $('case-body');
    if (!panel || !body) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    panel.hidden = false;
    var msg = el('p', 'notice', '');
    msg.id = 'case-msg';
    msg.setAttribute('role', 'status');
    if (!list.length) {
      body.appendChild(el('p', 'empty', 'Dit gesprek hoort (nog) niet bij een dossier. Een vraag heeft geen dossier nodig.'));
      body.appendChild(form('Dossier aanmaken', [input('Soort', 'kind', 'select', [['klacht', 'Klacht'], ['signaal', 'Signaal'], ['bezwaar', 'Bezwaar']])], 'Aanmaken', function (f) {
        api('POST', '/conversations/' + encodeURIComponent(cur.conversationId) + '/cases', { kind: val(f, 'kind') }).then(function (r) { if (r.ok) load(); else msg.textContent = 'Dat ging niet.'; });
      }));
    }
    list.forEach(function (c) { renderCase(body, c); });
    body.appendChild(msg);
  }

  // Only where the server has the case API (header set by the cases plugin).
  var enabled = null;
  function whenEnabled(fn) {
    if (enabled !== null) { if (enabled) fn(); return; }
    fetch(API + '/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      enabled = /(^|,\s*)cases(\s*,|$)/.test(r.headers.get('X-Console-Features') || '');
      if (enabled) fn();
    });
  }

  function load() {
    if (!cur.conversationId) return;
    if (!enabled) { whenEnabled(load); return; }
    var id = cur.conversationId;
    api('GET', '/conversations/' + encodeURIComponent(id) + '/cases').then(function (r) {
      if (id !== cur.conversationId || !r.ok) return;
      render(r.json.cases || []);
    });
  }

  var last = '';
  document.addEventListener('aan-tafel:conversation', function (ev) {
    var d = ev.detail || {};
    cur.csrf = d.csrf || cur.csrf;
    cur.me = d.me || cur.me;
    var changed = d.id !== cur.conversationId;
    cur.conversationId = d.id;
    // Re-render on every refresh of the conversation, but keep open forms when nothing changed.
    var active = document.activeElement;
    if (!changed && active && $('case-panel') && $('case-panel').contains(active)) return;
    if (changed || Date.now() - Number(last || 0) > 1000) { last = String(Date.now()); load(); }
  });
})();

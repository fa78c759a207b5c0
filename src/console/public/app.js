// Agent console (no framework). Every piece of resident or agent text is set with textContent.
(function () {
  'use strict';

  var API = '/api/agent';
  var state = {
    me: null,
    csrf: '',
    selectedId: null,
    detail: null,
    outcomes: [],
    seenQueue: null, // ids known in the queue (null until the first load)
    clientId: null,
    socket: null,
    refreshTimer: null,
    teams: [],
    agents: [],
    context: null,
    canned: [],
  };

  var CHANNELS = {
    whatsapp: { label: 'WhatsApp', short: 'WA' },
    webchat: { label: 'Webchat', short: 'Chat' },
    email: { label: 'E-mail', short: '@' },
  };
  var URGENCY = { crisis: 'Crisis', hoog: 'Hoog', normaal: 'Normaal' };
  var KINDS = { klacht: 'Klacht', signaal: 'Signaal', bezwaar: 'Bezwaar', vraag: 'Vraag', crisis: 'Crisis' };
  var REASONS = {
    'intake-complete': 'Intake klaar',
    'resident-asked': 'Inwoner vraagt om een medewerker',
    crisis: 'Crisis',
    unclear: 'Bot begrijpt het niet',
    attachment: 'Inwoner stuurde een bijlage',
  };
  // Team labels come from the municipality's teams file via GET /api/agent/teams (loadTeams).
  var TEAMS = {};
  var BODIES = {
    'gemeente-wmo': 'Gemeente (Wmo)',
    'gemeente-jeugd': 'Gemeente (jeugd)',
    'gemeente-werk-inkomen': 'Gemeente (werk en inkomen)',
    'gemeente-schuldhulp': 'Gemeente (schuldhulp)',
    'gemeente-vervoer': 'Gemeente (vervoer)',
    'gemeente-overig': 'Gemeente (overig)',
    wijkteam: 'Wijkteam',
    zorgaanbieder: 'Zorgaanbieder',
    vervoerder: 'Vervoerder',
    cak: 'CAK',
    svb: 'SVB',
    uwv: 'UWV',
    toeslagen: 'Toeslagen',
    wlz: 'Wlz / zorgkantoor',
    jeugdbescherming: 'Jeugdbescherming',
    'veilig-thuis': 'Veilig Thuis',
    woningcorporatie: 'Woningcorporatie',
    onbekend: 'Onbekend',
  };
  var ROLES = { resident: 'Inwoner', bot: 'Digitale assistent', agent: 'Medewerker', system: 'Melding' };
  var STATUS = {
    queued: 'in wachtrij',
    sent: 'verzonden',
    delivered: 'afgeleverd',
    read: 'gelezen',
    failed: 'mislukt',
    received: 'ontvangen',
    processed: 'ontvangen',
  };
  var CONTROL = { bot: 'Bij de bot', queued: 'Wacht op een medewerker', agent: 'In behandeling', closed: 'Afgesloten' };
  var EVENTS = {
    'handoff.initiate': 'Doorgezet naar een medewerker',
    claimed: 'Overgenomen',
    'handed-back': 'Teruggegeven aan de bot',
    closed: 'Afgesloten',
    transferred: 'Overgedragen',
    'availability.notice': 'Inwoner hoorde wanneer iemand antwoordt',
    'callback.requested': 'Inwoner vraagt om terugbellen',
    'callback.declined': 'Inwoner wacht in het gesprek',
    'template.sent': 'WhatsApp-template verstuurd',
    'email.sent': 'Per e-mail geschreven',
    'address.linked': 'Kanaal gekoppeld',
    'classification.corrected': 'Classificatie verbeterd',
    'crisis.escalated': 'Crisis: naar boven in de wachtrij',
  };
  var LANGS = { nl: 'Nederlands', en: 'Engels', und: 'Onbekend' };

  function $(id) {
    return document.getElementById(id);
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function label(map, key, fallback) {
    if (key == null || key === '') return fallback || '–';
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : String(key);
  }
  function channelLabel(channel) {
    return CHANNELS[channel] ? CHANNELS[channel].label : String(channel || '–');
  }
  function randomId() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }
  function formatWait(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return s + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min';
    var h = Math.floor(m / 60);
    if (h < 24) return h + ' u ' + (m % 60) + ' min';
    return Math.floor(h / 24) + ' d ' + (h % 24) + ' u';
  }
  function formatTime(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    var now = new Date();
    // The municipality's clock (teams file), not the browser's: office hours are local times.
    var tz = state.timeZone || 'Europe/Amsterdam';
    var time = d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: tz });
    var day = function (x) { return x.toLocaleDateString('nl-NL', { timeZone: tz }); };
    if (day(d) === day(now)) return time;
    return d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'short', timeZone: tz }) + ' ' + time;
  }

  // --- HTTP ---------------------------------------------------------------------------------
  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
    return fetch(API + path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (res) {
      return res
        .json()
        .catch(function () { return {}; })
        .then(function (json) {
          if (res.status === 401 && path !== '/login') {
            showLogin('U bent uitgelogd. Log opnieuw in.');
          }
          return { status: res.status, ok: res.ok, json: json };
        });
    });
  }
  function showError(msg) {
    var g = $('global-error');
    g.textContent = msg || '';
    g.hidden = !msg;
  }
  function errorText(r) {
    if (r.status === 0) return 'Geen verbinding. Probeer het opnieuw.';
    if (r.status === 403 && r.json && r.json.error && r.json.error.code === 'csrf') return 'Uw sessie is verlopen. Herlaad de pagina.';
    if (r.status === 403) return 'Dat mag niet: neem het gesprek eerst over.';
    if (r.status === 404) return 'Dit gesprek bestaat niet (meer).';
    if (r.status === 409) return 'Iemand anders heeft dit gesprek al.';
    if (r.status === 400) return 'Dat ging niet: controleer wat u invulde.';
    return 'Er ging iets mis. Probeer het opnieuw.';
  }

  // --- login / logout -------------------------------------------------------------------------
  function showLogin(message) {
    state.me = null;
    state.csrf = '';
    if (state.socket) {
      state.socket.disconnect();
      state.socket = null;
    }
    $('app-view').hidden = true;
    $('who-box').hidden = true;
    $('login-view').hidden = false;
    $('login-error').textContent = message || '';
    $('username').focus();
  }
  function startApp(me) {
    state.me = me.agent;
    state.csrf = me.csrfToken;
    state.outcomes = me.outcomes || [];
    $('login-view').hidden = true;
    $('app-view').hidden = false;
    $('who-box').hidden = false;
    renderWho();
    var sel = $('outcome');
    clear(sel);
    var first = el('option', null, 'Kies een uitkomst');
    first.value = '';
    sel.appendChild(first);
    state.outcomes.forEach(function (o) {
      var opt = el('option', null, o.label);
      opt.value = o.value;
      sel.appendChild(opt);
    });
    connectSocket();
    loadTeams();
    loadCanned();
    setPresence($('presence').value || 'online');
    refreshLists();
  }
  function setPresence(status) {
    $('presence').value = status;
    return api('PUT', '/presence', { status: status });
  }
  setInterval(function () {
    if (state.me) setPresence($('presence').value);
  }, 60000);
  $('presence').addEventListener('change', function () { setPresence($('presence').value); });
  function fillSelect(sel, items, placeholder) {
    var keep = sel.value;
    clear(sel);
    var first = el('option', null, placeholder);
    first.value = '';
    sel.appendChild(first);
    items.forEach(function (it) {
      var o = el('option', null, it.label);
      o.value = it.value;
      sel.appendChild(o);
    });
    sel.value = keep;
  }
  function renderWho() {
    var me = state.me;
    if (me) $('who').textContent = me.displayName + (me.team ? ' · ' + label(TEAMS, me.team) : '');
  }
  function loadTeams() {
    return api('GET', '/teams').then(function (r) {
      if (!r.ok) return;
      state.teams = r.json.teams || [];
      state.agents = r.json.agents || [];
      if (r.json.timeZone) state.timeZone = r.json.timeZone;
      state.teams.forEach(function (t) { TEAMS[t.id] = t.label; });
      renderWho();
      var teamItems = state.teams.map(function (t) { return { value: t.id, label: t.label }; });
      fillSelect($('team-filter'), teamItems, 'Alle teams');
      fillSelect($('transfer-team'), teamItems, 'Kies een team');
      fillSelect(
        $('transfer-agent'),
        state.agents
          .filter(function (a) { return !state.me || a.id !== state.me.id; })
          .map(function (a) { return { value: a.id, label: a.displayName + ' (' + label(TEAMS, a.team, 'geen team') + ', ' + (PRESENCE[a.presence] || a.presence) + ')' }; }),
        'Kies een collega',
      );
      fillSelect($('correct-body'), (r.json.bodies || []).map(function (b) { return { value: b, label: label(BODIES, b) }; }), 'Kies een organisatie');
      renderTeamStatus();
    });
  }
  var PRESENCE = { online: 'beschikbaar', away: 'even weg', offline: 'offline' };
  function renderTeamStatus() {
    var id = $('team-filter').value || (state.me && state.me.team) || '';
    var t = state.teams.filter(function (x) { return x.id === id; })[0];
    if (!t) {
      $('team-status').textContent = '';
      return;
    }
    var txt = t.label + ': ' + (t.open ? 'open' : 'gesloten' + (t.holiday ? ' (' + t.holiday + ')' : '') + (t.nextOpening ? ', weer open ' + formatTime(t.nextOpening) : ''));
    txt += ' · ' + t.onlineAgents + ' beschikbaar';
    $('team-status').textContent = txt;
  }
  $('team-filter').addEventListener('change', function () {
    renderTeamStatus();
    refreshLists();
  });
  function loadCanned() {
    return api('GET', '/canned').then(function (r) {
      if (!r.ok) return;
      state.canned = r.json.answers || [];
      fillSelect($('canned'), state.canned.map(function (a) { return { value: a.id, label: a.title }; }), 'Kies een standaardantwoord');
    });
  }
  $('canned-insert').addEventListener('click', function () {
    var a = state.canned.filter(function (x) { return x.id === $('canned').value; })[0];
    if (!a) {
      $('reply-error').textContent = 'Kies eerst een standaardantwoord.';
      $('canned').focus();
      return;
    }
    $('reply-error').textContent = '';
    var t = $('reply-text');
    t.value = t.value ? t.value + '\n' + a.body : a.body;
    state.clientId = null;
    $('canned').value = '';
    t.focus();
  });
  $('login-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var username = $('username').value.trim();
    var password = $('password').value;
    if (!username || !password) {
      $('login-error').textContent = 'Vul uw gebruikersnaam en wachtwoord in.';
      return;
    }
    $('login-error').textContent = '';
    api('POST', '/login', { username: username, password: password }).then(function (r) {
      if (r.ok) {
        $('password').value = '';
        startApp(r.json);
        $('main').focus();
      } else if (r.status === 429) {
        $('login-error').textContent = 'Te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw.';
      } else if (r.status === 401) {
        $('login-error').textContent = 'Gebruikersnaam of wachtwoord klopt niet.';
        $('password').select();
      } else {
        $('login-error').textContent = errorText(r);
      }
    }, function () {
      $('login-error').textContent = 'Geen verbinding. Probeer het opnieuw.';
    });
  });
  $('logout').addEventListener('click', function () {
    api('POST', '/logout', {}).then(function () {
      state.selectedId = null;
      showLogin('U bent uitgelogd.');
    });
  });

  // --- live updates -------------------------------------------------------------------------
  function connectSocket() {
    if (typeof io !== 'function') {
      setConnection('Live bijwerken werkt niet; herlaad de pagina.');
      return;
    }
    // events: 'batched': this page reads `conversations:changed` (one event for many conversations).
    var s = io({ path: '/agent/socket.io', transports: ['websocket', 'polling'], auth: { events: 'batched' } });
    state.socket = s;
    s.on('connect', function () {
      setConnection('');
      refreshLists();
    });
    s.on('disconnect', function () { setConnection('Verbinding weg, opnieuw verbinden…'); });
    s.on('connect_error', function (err) {
      if (err && err.message === 'unauthorized') {
        s.disconnect();
        api('GET', '/me');
      } else {
        setConnection('Verbinding weg, opnieuw verbinden…');
      }
    });
    // One event carries the changes of every conversation within a short batch.
    s.on('conversations:changed', function (ev) {
      scheduleRefresh();
      var changes = ev && Array.isArray(ev.changes) ? ev.changes : [];
      var selected = changes.some(function (c) { return c && c.conversationId === state.selectedId; });
      if (selected) loadDetail(state.selectedId, false);
    });
  }
  function setConnection(text) {
    $('connection').textContent = text;
  }
  function scheduleRefresh() {
    if (state.refreshTimer) return;
    state.refreshTimer = setTimeout(function () {
      state.refreshTimer = null;
      refreshLists();
    }, 200);
  }

  // --- lists --------------------------------------------------------------------------------
  function refreshLists() {
    if (!state.me) return;
    var team = $('team-filter').value;
    Promise.all([api('GET', '/queue' + (team ? '?team=' + encodeURIComponent(team) : '')), api('GET', '/conversations/mine'), api('GET', '/conversations/recent')]).then(
      function (rs) {
        if (!rs[0].ok) return;
        var queue = rs[0].json.conversations || [];
        renderList($('queue-list'), queue, true);
        $('queue-empty').hidden = queue.length > 0;
        $('queue-count').textContent = '(' + queue.length + ')';
        announceNew(queue);
        var mine = (rs[1].ok && rs[1].json.conversations) || [];
        renderList($('mine-list'), mine, false);
        $('mine-empty').hidden = mine.length > 0;
        $('mine-count').textContent = '(' + mine.length + ')';
        renderList($('recent-list'), (rs[2].ok && rs[2].json.conversations) || [], false);
      },
      function () { showError('Geen verbinding met de server.'); },
    );
  }
  function announceNew(queue) {
    var ids = {};
    var fresh = [];
    queue.forEach(function (c) {
      ids[c.id] = true;
      if (state.seenQueue && !state.seenQueue[c.id]) fresh.push(c);
    });
    state.seenQueue = ids;
    if (!fresh.length) return;
    var crisis = fresh.some(function (c) { return c.urgency === 'crisis'; });
    var c = fresh[0];
    $('announcer').textContent =
      (crisis ? 'Crisis in de wachtrij! ' : 'Nieuw in de wachtrij: ') +
      channelLabel(c.channel) +
      ', ' + label(TEAMS, c.team) +
      ', urgentie ' + label(URGENCY, c.urgency, 'normaal').toLowerCase() +
      (fresh.length > 1 ? ' (en ' + (fresh.length - 1) + ' meer)' : '') + '.';
  }
  function channelBadge(channel) {
    var ch = CHANNELS[channel] || { label: channel, short: '?' };
    var wrap = el('span', 'channel channel-' + channel);
    var icon = el('span', 'channel-icon', ch.short);
    icon.setAttribute('aria-hidden', 'true');
    wrap.appendChild(icon);
    wrap.appendChild(el('span', 'channel-label', ch.label));
    return wrap;
  }
  function urgencyBadge(urgency) {
    var u = urgency || 'normaal';
    return el('span', 'badge badge-' + (URGENCY[u] ? u : 'normaal'), label(URGENCY, u));
  }
  function renderList(ul, items, isQueue) {
    // Keep keyboard focus on the same conversation when the list is rebuilt by a live update.
    var active = document.activeElement;
    var focusedId = active && ul.contains(active) && active.dataset ? active.dataset.id : null;
    clear(ul);
    items.forEach(function (c) {
      var li = el('li');
      var b = el('button', 'conv' + (c.urgency === 'crisis' ? ' conv-crisis' : ''));
      b.type = 'button';
      b.dataset.id = c.id;
      if (c.id === state.selectedId) b.setAttribute('aria-current', 'true');
      var top = el('span', 'conv-top');
      top.appendChild(urgencyBadge(c.urgency));
      top.appendChild(channelBadge(c.channel));
      top.appendChild(el('span', 'conv-team', label(TEAMS, c.team, 'Geen team')));
      if (isQueue && c.waitingMs != null) {
        var w = el('span', 'wait');
        w.dataset.waitBase = String(c.waitingMs);
        w.dataset.waitAt = String(Date.now());
        w.textContent = 'wacht ' + formatWait(c.waitingMs);
        top.appendChild(w);
      } else {
        top.appendChild(el('span', 'wait', isQueue ? '' : c.control === 'agent' && c.assignedAgentName ? c.assignedAgentName : label(CONTROL, c.control)));
      }
      b.appendChild(top);
      var cls = c.classification || {};
      var what = [label(KINDS, cls.kind, 'Onbekend')];
      (cls.bodies || []).slice(0, 3).forEach(function (x) { what.push(label(BODIES, x)); });
      b.appendChild(el('span', 'conv-what', what.join(' · ')));
      if (c.handoffReason && isQueue) b.appendChild(el('span', 'conv-reason', label(REASONS, c.handoffReason)));
      if (c.preview) b.appendChild(el('span', 'conv-preview', c.preview));
      b.addEventListener('click', function () { openConversation(c.id); });
      li.appendChild(b);
      ul.appendChild(li);
      if (focusedId && focusedId === c.id) b.focus();
    });
  }
  setInterval(function () {
    var now = Date.now();
    var nodes = document.querySelectorAll('[data-wait-base]');
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      n.textContent = 'wacht ' + formatWait(Number(n.dataset.waitBase) + now - Number(n.dataset.waitAt));
    }
  }, 1000);

  // --- one conversation ---------------------------------------------------------------------
  function openConversation(id) {
    state.selectedId = id;
    state.clientId = null;
    $('claim-msg').textContent = '';
    $('reply-error').textContent = '';
    $('reply-text').value = '';
    var btns = document.querySelectorAll('.conv');
    for (var i = 0; i < btns.length; i++) {
      if (btns[i].dataset.id === id) btns[i].setAttribute('aria-current', 'true');
      else btns[i].removeAttribute('aria-current');
    }
    loadDetail(id, true);
  }
  function loadDetail(id, focus) {
    return api('GET', '/conversations/' + encodeURIComponent(id)).then(function (r) {
      if (id !== state.selectedId) return;
      if (!r.ok) {
        showError(errorText(r));
        return;
      }
      showError('');
      state.detail = r.json.conversation;
      renderDetail(state.detail);
      if (focus) $('conv-title').focus();
      return loadContext(id);
    });
  }
  function loadContext(id) {
    return api('GET', '/conversations/' + encodeURIComponent(id) + '/context').then(function (r) {
      if (id !== state.selectedId || !r.ok) return;
      state.context = r.json;
      renderContext(state.detail, r.json);
    });
  }
  function renderContext(c, x) {
    // last transfer note, for the colleague who takes over
    var tb = $('transfer-box');
    tb.hidden = !x.transfer;
    if (x.transfer) {
      $('transfer-text').textContent =
        (x.transfer.byName || 'Een collega') + ' droeg dit gesprek over' +
        (x.transfer.toName ? ' aan ' + x.transfer.toName : x.transfer.toTeam ? ' aan ' + label(TEAMS, x.transfer.toTeam) : '') +
        ' (' + formatTime(x.transfer.createdAt) + '): ' + x.transfer.note;
    }
    // WhatsApp 24-hour window
    var held = mine(c);
    var wb = $('window-box');
    var w = x.window || {};
    wb.hidden = !w.applies || !held;
    wb.className = 'window-box' + (w.applies && !w.open ? ' window-closed' : '');
    if (w.applies) {
      $('window-text').textContent = w.open
        ? 'WhatsApp: u kunt vrij antwoorden tot ' + formatTime(w.endsAt) + '.'
        : 'WhatsApp-venster dicht' + (w.endsAt ? ' sinds ' + formatTime(w.endsAt) : '') +
          '. Een gewoon antwoord komt niet aan. Stuur de template (uitnodiging om te reageren)' + (x.email ? ' of schrijf per e-mail.' : '.');
    }
    $('send-template').hidden = !(w.applies && !w.open);
    $('send-email').hidden = !(w.applies && !w.open && x.email);
    $('reply-send').disabled = Boolean(w.applies && !w.open);
    // call-back requests
    var cbs = x.callbacks || [];
    $('callbacks-box').hidden = cbs.length === 0;
    var cl = $('callbacks');
    clear(cl);
    cbs.forEach(function (cb) {
      cl.appendChild(el('li', null, formatTime(cb.createdAt) + ' – ' + (cb.phone ? 'bel ' + cb.phone : 'geen nummer gegeven') + (cb.handledAt ? ' (gedaan door ' + (cb.handledBy || 'collega') + ')' : '')));
    });
    // earlier conversations on linked channels
    var ea = x.earlier || [];
    $('earlier-title').textContent = 'Eerdere gesprekken (' + ea.length + ')';
    var el2 = $('earlier');
    clear(el2);
    ea.forEach(function (e) {
      var li = el('li');
      var b = el('button', 'link-button', formatTime(e.createdAt) + ' · ' + channelLabel(e.channel) + ' · ' + label(CONTROL, e.control) + (e.preview ? ' – ' + e.preview : ''));
      b.type = 'button';
      b.addEventListener('click', function () { openConversation(e.id); });
      li.appendChild(b);
      el2.appendChild(li);
    });
    var cur = c.classification || {};
    if (!$('correct-form').contains(document.activeElement)) {
      $('correct-body').value = (cur.bodies || [])[0] || '';
      $('correct-kind').value = cur.kind || 'klacht';
      $('correct-urgency').value = cur.urgency || c.urgency || 'normaal';
    }
    // corrections
    var co = $('corrections');
    clear(co);
    (x.corrections || []).forEach(function (k) {
      co.appendChild(el('li', null, formatTime(k.createdAt) + ' – ' + (k.agentName || 'collega') + ': ' + k.corrected.bodies.map(function (b) { return label(BODIES, b); }).join(', ') + ', ' + label(KINDS, k.corrected.kind) + ', ' + label(URGENCY, k.corrected.urgency)));
    });
  }
  function mine(c) {
    return c.control === 'agent' && state.me && c.assignedAgentId === state.me.id;
  }
  function addCard(dl, term, value, cls) {
    dl.appendChild(el('dt', cls ? cls + '-term' : null, term));
    var dd = el('dd', cls || null);
    if (value instanceof Node) dd.appendChild(value);
    else dd.textContent = value == null || value === '' ? '–' : String(value);
    dl.appendChild(dd);
  }
  function renderDetail(c) {
    $('conv-placeholder').hidden = true;
    $('conv-body').hidden = false;
    var cls = c.classification || {};
    $('conv-title').textContent =
      (c.residentName || 'Inwoner') + ' · ' + channelLabel(c.channel);
    var stateText = label(CONTROL, c.control);
    if (c.control === 'agent') stateText = mine(c) ? 'U behandelt dit gesprek' : 'In behandeling bij ' + (c.assignedAgentName || 'een collega');
    if (c.control === 'queued' && c.waitingMs != null) stateText += ' (' + formatWait(c.waitingMs) + ')';
    if (c.control === 'closed' && c.outcome) {
      var o = state.outcomes.filter(function (x) { return x.value === c.outcome; })[0];
      stateText += ': ' + (o ? o.label : c.outcome);
    }
    $('conv-state').textContent = stateText;

    var dl = $('card');
    clear(dl);
    var urg = el('span');
    urg.appendChild(urgencyBadge(c.urgency || cls.urgency));
    addCard(dl, 'Urgentie', urg);
    addCard(dl, 'Soort', label(KINDS, cls.kind, 'Onbekend'));
    addCard(dl, 'Betrokken', (cls.bodies || []).map(function (x) { return label(BODIES, x); }).join(', '));
    addCard(dl, 'Zekerheid', typeof cls.confidence === 'number' ? Math.round(cls.confidence * 100) + '%' : '–');
    addCard(dl, 'Team', label(TEAMS, c.team, 'Geen team'));
    addCard(dl, 'Kanaal', channelBadge(c.channel));
    addCard(dl, 'Taal', label(LANGS, c.lang || cls.lang, 'Onbekend'));
    addCard(dl, 'Reden', label(REASONS, c.handoffReason));
    if ((cls.law || []).length) addCard(dl, 'Wet', cls.law.join(', '));
    addCard(dl, 'Samenvatting', c.summary || c.preview || '–', 'wide');

    var hist = $('history');
    clear(hist);
    (c.events || []).forEach(function (e) {
      var txt = formatTime(e.createdAt) + ' – ' + label(EVENTS, e.type) + (e.agentName ? ' door ' + e.agentName : '');
      if (e.type === 'closed' && e.data && e.data.outcome) {
        var o2 = state.outcomes.filter(function (x) { return x.value === e.data.outcome; })[0];
        txt += ' (' + (o2 ? o2.label : e.data.outcome) + ')';
      }
      hist.appendChild(el('li', null, txt));
    });

    var claim = $('claim');
    var canClaim = c.control === 'queued' || c.control === 'bot';
    claim.hidden = !canClaim;
    var held = mine(c);
    $('reply-form').hidden = !held;
    $('end-actions').hidden = !held;

    renderTranscript(c.messages || []);
    // The case panel (cases.js) follows the shown conversation.
    document.dispatchEvent(new CustomEvent('aan-tafel:conversation', { detail: { id: c.id, csrf: state.csrf, me: state.me } }));
  }
  function renderTranscript(messages) {
    var ol = $('transcript');
    var atBottom = ol.scrollHeight - ol.scrollTop - ol.clientHeight < 40;
    clear(ol);
    messages.forEach(function (m) {
      // The web chat's start of a conversation is stored as an inbound event without text.
      if (m.direction === 'in' && !m.text && !(m.attachments && m.attachments.length)) return;
      var li = el('li', 'msg msg-' + m.senderRole + (m.direction === 'out' ? ' msg-out' : ' msg-in'));
      var head = el('p', 'msg-head');
      var who = label(ROLES, m.senderRole);
      if (m.senderName && m.senderRole !== 'system' && m.senderName !== who) who += ' · ' + m.senderName;
      head.appendChild(el('span', 'msg-who', who));
      var t = el('time', 'msg-time', formatTime(m.createdAt));
      t.dateTime = m.createdAt;
      head.appendChild(t);
      li.appendChild(head);
      if (m.text) li.appendChild(el('p', 'msg-text', m.text));
      if (m.buttons && m.buttons.length) li.appendChild(el('p', 'msg-buttons', 'Knoppen: ' + m.buttons.join(' / ')));
      if (m.attachments && m.attachments.length) {
        var ul = el('ul', 'msg-attachments');
        m.attachments.forEach(function (a) {
          var item = el('li');
          var name = a.name || a.contentType;
          if (a.downloadable) {
            var link = el('a', null, 'Bijlage: ' + name);
            link.href = API + '/attachments/' + encodeURIComponent(a.id);
            link.setAttribute('download', '');
            item.appendChild(link);
          } else {
            item.textContent = 'Bijlage: ' + name + ' (niet hier opgeslagen)';
          }
          ul.appendChild(item);
        });
        li.appendChild(ul);
      }
      if (m.direction === 'out') {
        var st = el('p', 'msg-status status-' + m.status, 'Status: ' + label(STATUS, m.status));
        if (m.statusDetail) st.appendChild(el('span', 'msg-status-detail', ' – ' + m.statusDetail));
        li.appendChild(st);
      }
      ol.appendChild(li);
    });
    if (atBottom || ol.dataset.conv !== state.selectedId) ol.scrollTop = ol.scrollHeight;
    ol.dataset.conv = state.selectedId || '';
  }

  // --- actions ------------------------------------------------------------------------------
  $('claim').addEventListener('click', function () {
    var id = state.selectedId;
    if (!id) return;
    $('claim').disabled = true;
    api('POST', '/conversations/' + encodeURIComponent(id) + '/claim', {}).then(function (r) {
      $('claim').disabled = false;
      if (r.ok) {
        $('claim-msg').textContent = 'U heeft het gesprek overgenomen.';
        state.detail = r.json.conversation;
        renderDetail(state.detail);
        refreshLists();
        $('reply-text').focus();
      } else if (r.status === 409) {
        var by = r.json && r.json.error && r.json.error.heldBy;
        $('claim-msg').textContent = by ? 'Al overgenomen door ' + by + '.' : 'Dit gesprek is al overgenomen of afgesloten.';
        loadDetail(id, false);
        refreshLists();
      } else {
        $('claim-msg').textContent = errorText(r);
      }
    });
  });
  function sendReply() {
    var id = state.selectedId;
    var text = $('reply-text').value.trim();
    if (!id) return;
    if (!text) {
      $('reply-error').textContent = 'Schrijf eerst een bericht.';
      return;
    }
    if (!state.clientId) state.clientId = randomId();
    $('reply-send').disabled = true;
    $('reply-error').textContent = '';
    api('POST', '/conversations/' + encodeURIComponent(id) + '/reply', { text: text, clientId: state.clientId }).then(
      function (r) {
        $('reply-send').disabled = false;
        if (r.ok) {
          $('reply-text').value = '';
          state.clientId = null;
          loadDetail(id, false);
          $('reply-text').focus();
        } else if (r.status === 409 && r.json && r.json.error && r.json.error.code === 'window_closed') {
          $('reply-error').textContent = 'Niet verstuurd: het WhatsApp-venster is dicht. Stuur de template of schrijf per e-mail.';
          loadContext(id);
        } else {
          $('reply-error').textContent = errorText(r);
        }
      },
      function () {
        $('reply-send').disabled = false;
        $('reply-error').textContent = 'Niet verstuurd: geen verbinding. Probeer het opnieuw.';
      },
    );
  }
  $('reply-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    sendReply();
  });
  $('reply-text').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      sendReply();
    }
  });
  $('reply-text').addEventListener('input', function () {
    state.clientId = null; // edited text is a new message
  });
  $('handback').addEventListener('click', function () {
    var id = state.selectedId;
    if (!id) return;
    api('POST', '/conversations/' + encodeURIComponent(id) + '/handback', {}).then(function (r) {
      if (r.ok) {
        $('claim-msg').textContent = 'Het gesprek is terug bij de bot.';
        loadDetail(id, false);
        refreshLists();
        $('conv-title').focus();
      } else showError(errorText(r));
    });
  });
  $('close-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var id = state.selectedId;
    var outcome = $('outcome').value;
    if (!id) return;
    if (!outcome) {
      showError('Kies eerst een uitkomst.');
      $('outcome').focus();
      return;
    }
    var note = $('close-note').value.trim();
    var body = { outcome: outcome };
    if (note) body.note = note;
    api('POST', '/conversations/' + encodeURIComponent(id) + '/close', body).then(function (r) {
      if (r.ok) {
        showError('');
        $('close-note').value = '';
        $('outcome').value = '';
        $('claim-msg').textContent = 'Het gesprek is afgesloten.';
        loadDetail(id, false);
        refreshLists();
        $('conv-title').focus();
      } else showError(errorText(r));
    });
  });

  $('send-template').addEventListener('click', function () {
    var id = state.selectedId;
    if (!id) return;
    api('POST', '/conversations/' + encodeURIComponent(id) + '/template', { clientId: randomId() }).then(function (r) {
      $('claim-msg').textContent = r.ok ? 'De template is verstuurd. Als de inwoner reageert, kunt u weer vrij antwoorden.' : errorText(r);
      loadDetail(id, false);
    });
  });
  $('send-email').addEventListener('click', function () {
    var id = state.selectedId;
    var text = $('reply-text').value.trim();
    if (!id) return;
    if (!text) {
      $('reply-error').textContent = 'Schrijf eerst uw bericht; dat gaat dan per e-mail.';
      $('reply-text').focus();
      return;
    }
    api('POST', '/conversations/' + encodeURIComponent(id) + '/email', { text: text, clientId: randomId() }).then(function (r) {
      if (r.ok) {
        $('reply-text').value = '';
        $('claim-msg').textContent = 'Uw bericht gaat per e-mail naar ' + (state.context && state.context.email) + '.';
        refreshLists();
      } else $('reply-error').textContent = errorText(r);
    });
  });
  $('transfer-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var id = state.selectedId;
    var team = $('transfer-team').value;
    var agentId = $('transfer-agent').value;
    var note = $('transfer-note').value.trim();
    if (!id) return;
    if (!team && !agentId) {
      showError('Kies een team of een collega.');
      $('transfer-team').focus();
      return;
    }
    if (!note) {
      showError('Schrijf een korte notitie voor uw collega.');
      $('transfer-note').focus();
      return;
    }
    var body = { note: note };
    if (agentId) body.agentId = agentId;
    else body.team = team;
    api('POST', '/conversations/' + encodeURIComponent(id) + '/transfer', body).then(function (r) {
      if (r.ok) {
        showError('');
        $('transfer-note').value = '';
        $('transfer-team').value = '';
        $('transfer-agent').value = '';
        $('claim-msg').textContent = 'Het gesprek is overgedragen. De inwoner kreeg een kort bericht.';
        loadDetail(id, false);
        refreshLists();
        $('conv-title').focus();
      } else showError(errorText(r));
    });
  });
  $('correct-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var id = state.selectedId;
    var body = $('correct-body').value;
    if (!id) return;
    if (!body) {
      $('correct-msg').textContent = 'Kies eerst een organisatie.';
      $('correct-body').focus();
      return;
    }
    var cls = (state.detail && state.detail.classification) || {};
    var bodies = [body].concat((cls.bodies || []).filter(function (b) { return b !== body; }).slice(0, 2));
    api('POST', '/conversations/' + encodeURIComponent(id) + '/classification', {
      bodies: bodies,
      kind: $('correct-kind').value,
      urgency: $('correct-urgency').value,
    }).then(function (r) {
      $('correct-msg').textContent = r.ok ? 'Opgeslagen. Dank u: dit helpt de bot beter te worden.' : errorText(r);
      if (r.ok) loadDetail(id, false);
    });
  });

  // --- start --------------------------------------------------------------------------------
  api('GET', '/me').then(
    function (r) {
      if (r.ok) startApp(r.json);
      else showLogin('');
    },
    function () { showLogin('Geen verbinding met de server.'); },
  );
})();

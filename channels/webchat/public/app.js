/*
 * aan-tafel web chat page script (served as /webchat/app.js; no inline script, so a strict
 * script-src 'self' CSP is possible). Needs /webchat/webchat.js (Bot Framework Web Chat, window.WebChat).
 *
 * 1. Resume: if sessionStorage holds {token, conversationId} of this tab, refresh the token; Web Chat
 *    then reconnects to that conversation (GET /conversations/:id) and replays its history.
 * 2. Otherwise: POST /v3/directline/tokens/generate; Web Chat starts that conversation (POST /conversations).
 * 3. "Snel weg" forgets the conversation in this tab and replaces the page by a neutral site.
 */
(function () {
  'use strict';

  var KEY = 'aan-tafel.webchat';
  var DOMAIN = location.origin + '/v3/directline';
  var ONLINE = 2;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;

  var statusEl = document.getElementById('webchat-status');
  var chatEl = document.getElementById('webchat');

  function setStatus(text) {
    if (statusEl) statusEl.textContent = text;
  }

  function load() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ token: session.token, conversationId: session.conversationId }));
    } catch (e) {
      /* private mode: no resume after reload */
    }
  }

  function forget() {
    try {
      sessionStorage.removeItem(KEY);
    } catch (e) {
      /* nothing stored */
    }
  }

  function post(path, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(DOMAIN + path, { method: 'POST', headers: headers, body: '{}', cache: 'no-store' }).then(
      function (res) {
        return res.ok ? res.json() : null;
      },
      function () {
        return null;
      },
    );
  }

  /** The user id Web Chat itself takes from the token's `user` claim. */
  function userFromToken(token) {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      while (part.length % 4) part += '=';
      return JSON.parse(atob(part)).user;
    } catch (e) {
      return undefined;
    }
  }

  function getSession() {
    var saved = load();
    var resume =
      saved && saved.token && saved.conversationId
        ? post('/tokens/refresh', saved.token).then(function (r) {
            return r && r.conversationId === saved.conversationId
              ? { token: r.token, conversationId: r.conversationId, resume: true }
              : null;
          })
        : Promise.resolve(null);
    return resume.then(function (session) {
      if (session) return session;
      forget();
      return post('/tokens/generate').then(function (g) {
        if (!g || !g.token) throw new Error('no token');
        return { token: g.token, conversationId: g.conversationId, resume: false };
      });
    });
  }

  var styleOptions = {
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    accent: '#0b4f8a',
    subtle: '#4d4d4d',
    timestampColor: '#4d4d4d',
    bubbleBackground: '#f3f6f9',
    bubbleBorderColor: '#767676',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#e3eef9',
    bubbleFromUserBorderColor: '#0b4f8a',
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserBorderRadius: 8,
    sendBoxTextWrap: true,
    sendBoxBorderTop: 'solid 1px #767676',
    hideUploadButton: true,
    botAvatarInitials: 'G',
    userAvatarInitials: 'U',
    avatarSize: 36,
  };

  function start() {
    if (!chatEl || !window.WebChat) {
      setStatus('De chat kan niet laden. Probeer het later opnieuw.');
      return;
    }
    setStatus('De chat wordt geladen…');
    getSession().then(
      function (session) {
        save(session);
        var options = { token: session.token, domain: DOMAIN, webSocket: true };
        if (session.resume) options.conversationId = session.conversationId;
        var directLine = window.WebChat.createDirectLine(options);

        // DirectLineJS refreshes its token every 15 minutes; keep the stored one current for a reload.
        setInterval(function () {
          if (directLine.token && directLine.token !== session.token) {
            session.token = directLine.token;
            save(session);
          }
        }, 60 * 1000);

        directLine.connectionStatus$.subscribe(function (status) {
          if (status === ONLINE) setStatus('');
          else if (status === FAILED_TO_CONNECT || status === ENDED) {
            setStatus('De verbinding is verbroken. Kies ‘Nieuw gesprek beginnen’ of probeer het later opnieuw.');
          }
        });

        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            locale: 'nl-NL',
            userID: userFromToken(session.token),
            styleOptions: styleOptions,
            role: 'region', // Web Chat's default 'complementary' would nest a landmark in main
          },
          chatEl,
        );
      },
      function () {
        setStatus('De chat werkt nu niet. Probeer het later opnieuw. Of bel de gemeente: 14 en dan het netnummer.');
      },
    );
  }

  var exit = document.getElementById('snel-weg');
  if (exit) {
    exit.addEventListener('click', function (event) {
      event.preventDefault();
      forget();
      location.replace(exit.href); // no way back with the Back button
    });
  }

  var restart = document.getElementById('nieuw-gesprek');
  if (restart) {
    restart.addEventListener('click', function () {
      forget();
      location.reload();
    });
  }

  start();
})();

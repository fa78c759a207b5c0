import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

export interface WebChatPageDeps {
  /** Shown to residents, e.g. "Gemeente Utrecht". */
  municipalityName: string;
  /** The page heading and title; default "Chat met de gemeente". */
  title?: string;
  /** Where "Snel weg" goes: a neutral site; default https://www.google.nl/. */
  quickExitUrl?: string;
}

/**
 * Content-Security-Policy of the page. Scripts only from this origin (no inline script); Web Chat
 * injects `<style>` elements at run time (emotion), hence style-src 'unsafe-inline'. connect-src
 * 'self' also allows ws(s) to the same host (CSP Level 3).
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/**
 * Path of Web Chat's UMD bundle (`dist/webchat.js`, React included, exposes `window.WebChat`).
 * The package's `exports` hide `package.json`, so resolve its main file and walk up to the root.
 * @throws Error when botframework-webchat is not installed
 */
export function webChatBundlePath(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('botframework-webchat'));
  for (let i = 0; i < 5; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'botframework-webchat') {
      return join(dir, 'dist', 'webchat.js');
    }
    dir = dirname(dir);
  }
  throw new Error('botframework-webchat is not installed (npm install botframework-webchat)');
}

/**
 * The residents' web chat page, in Dutch (B1) and built for WCAG 2.1 AA: `lang="nl"`, landmarks
 * (banner, main, complementary, contentinfo), one h1, a skip link to the chat, visible focus,
 * contrast ≥ 4.5:1, a labelled chat region and a "Snel weg" quick exit as on Veilig Thuis sites.
 *
 * Routes (mount at `/`):
 * - `GET /` → the page (text/html);
 * - `GET /webchat/webchat.js` → Bot Framework Web Chat's UMD bundle from node_modules (no CDN);
 * - `GET /webchat/app.js`, `/webchat/page.css` → the page's own script and styles. No inline
 *   script or style, so `script-src 'self'` is possible (Web Chat itself injects `<style>` elements,
 *   so style-src needs 'unsafe-inline' or Web Chat's `nonce` option).
 *
 * The script takes a token from `POST /v3/directline/tokens/generate`, keeps token and conversation
 * id in sessionStorage (a reload continues the conversation, closing the tab ends it) and renders
 * `WebChat.renderWebChat({ directLine: WebChat.createDirectLine({ token, domain, webSocket: true }),
 * locale: 'nl-NL', userID, styleOptions })`.
 * @throws Error at creation when the Web Chat bundle cannot be found
 */
export function createWebChatPageRouter(deps: WebChatPageDeps): express.Router {
  const router = express.Router();
  const bundle = webChatBundlePath();
  if (!existsSync(bundle)) throw new Error(`Web Chat bundle missing at ${bundle}`);
  const html = renderPage(deps);

  router.get('/', (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.send(html);
  });
  router.get('/webchat/webchat.js', (_req, res, next) => {
    res.sendFile(bundle, { maxAge: '1d', headers: { 'Content-Type': 'text/javascript; charset=utf-8' } }, (err) => {
      if (err) next(err);
    });
  });
  router.use('/webchat', express.static(PUBLIC_DIR, { index: false, maxAge: '5m', fallthrough: true }));
  return router;
}

/** The page's HTML (exported for tests). */
export function renderPage(deps: WebChatPageDeps): string {
  const title = deps.title ?? 'Chat met de gemeente';
  const name = esc(deps.municipalityName);
  const exitUrl = esc(deps.quickExitUrl ?? 'https://www.google.nl/');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)} – ${name}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/webchat/page.css">
<script src="/webchat/webchat.js" defer></script>
<script src="/webchat/app.js" defer></script>
</head>
<body>
<a class="skip-link" href="#chat">Ga direct naar de chat</a>
<header class="site">
  <p class="brand">${name}</p>
  <a class="quick-exit" id="snel-weg" href="${exitUrl}" rel="noreferrer">Snel weg<span class="visually-hidden"> (verlaat deze pagina meteen)</span></a>
</header>
<main id="main">
  <h1>${esc(title)}</h1>
  <p>Heeft u een klacht? Of gaat er iets mis met zorg, hulp, geld of werk? Vertel het ons hier. Het maakt niet uit hoe u het zegt.</p>
  <ul class="intro">
    <li>U praat eerst met een <strong>digitale assistent</strong>. Dat is een computer, geen mens.</li>
    <li>De assistent stelt een paar korte vragen. Zo weten we wie u het beste kan helpen.</li>
    <li>Daarna helpt een <strong>medewerker</strong> van de gemeente u verder, in dezelfde chat.</li>
    <li>U hoeft niet in te loggen.</li>
  </ul>
  <section id="chat" aria-labelledby="chat-titel" tabindex="-1">
    <h2 id="chat-titel">Chat</h2>
    <div id="webchat"></div>
    <noscript><p>Voor deze chat is JavaScript nodig. U kunt de gemeente ook bellen: 14 en dan het netnummer.</p></noscript>
    <div class="chat-actions">
      <button type="button" id="nieuw-gesprek" class="secondary">Nieuw gesprek beginnen</button>
      <p id="webchat-status" class="status" role="status" aria-live="polite"></p>
    </div>
  </section>
</main>
<aside class="help" aria-labelledby="hulp-titel">
  <h2 id="hulp-titel">Meteen hulp nodig?</h2>
  <ul>
    <li>Bent u of is iemand anders in gevaar? Bel <a href="tel:112">112</a>.</li>
    <li>Denkt u aan zelfmoord? Bel 113 Zelfmoordpreventie: <a href="tel:08000113">0800-0113</a> (gratis).</li>
    <li>Huiselijk geweld of kindermishandeling? Bel Veilig Thuis: <a href="tel:08002000">0800-2000</a> (gratis).</li>
  </ul>
</aside>
<footer class="site">
  <p>Wat u in de chat schrijft, bewaren we om u te kunnen helpen. Alleen medewerkers van ${name} die u helpen, kunnen het lezen.</p>
  <p>Wilt u deze pagina snel verlaten? Kies bovenaan ‘Snel weg’. Het gesprek verdwijnt dan uit dit venster.</p>
</footer>
</body>
</html>
`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

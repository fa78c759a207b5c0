import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { MemoryStore, call, redisForTest, startServer, type TestServer } from './harness.js';

/**
 * End to end: the real Web Chat bundle in headless Chromium, against our Direct Line endpoint,
 * with a fake bot that answers every message (through the transcript and the sender, as the
 * service's deliver job would).
 */
describe('webchat: page + Web Chat in a real browser', function () {
  this.timeout(90_000);
  let redis: ReturnType<typeof redisForTest>;
  let store: MemoryStore;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  /** Collect script errors and console errors (CSP violations show there too). */
  function watch(p: Page): void {
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    p.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  }

  before(async function () {
    redis = redisForTest();
    store = new MemoryStore();
    server = await startServer(store, redis, { page: true });
    store.onReceive = async (msg, receipt) => {
      const conv = msg.externalId!;
      if (receipt.duplicate) return;
      if (msg.activity.type === 'conversationUpdate') {
        await store.reply(server.sender, conv, {
          type: 'message',
          text: 'Welkom! Ik ben de digitale assistent. Wat is er aan de hand?',
        });
      } else if (msg.activity.type === 'message') {
        await new Promise((r) => setTimeout(r, 150));
        await store.reply(server.sender, conv, {
          type: 'message',
          text: `Dank u. U schreef: ${msg.activity.text}`,
          replyToId: msg.providerMessageId,
        });
      }
    };
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1000, height: 1100 } });
    watch(page);
  });

  after(async function () {
    await browser?.close();
    await server?.close();
    await redis?.quit();
  });

  it('serves the page, its script and the Web Chat bundle from this server', async function () {
    const html = await call(`${server.url}/`);
    expect(html.status).to.equal(200);
    expect(html.body).to.contain('<html lang="nl">');
    expect(html.body).to.contain('src="/webchat/webchat.js"').and.contain('src="/webchat/app.js"');
    expect(html.body).to.not.match(/<script>(?!<\/script>)|https?:\/\/cdn|unpkg|jsdelivr/);
    expect(html.body).to.contain('Snel weg').and.contain('digitale assistent').and.contain('Gemeente Testdorp');
    const bundle = await fetch(`${server.url}/webchat/webchat.js`);
    expect(bundle.status).to.equal(200);
    expect(bundle.headers.get('content-type')).to.match(/javascript/);
    expect((await bundle.text()).length).to.be.greaterThan(1_000_000);
    expect((await fetch(`${server.url}/webchat/app.js`)).status).to.equal(200);
    expect((await fetch(`${server.url}/webchat/page.css`)).status).to.equal(200);
    expect(html.headers.get('content-security-policy')).to.contain("script-src 'self'");
  });

  it('has landmarks, one h1, a labelled chat region and a working skip link', async function () {
    await page.goto(`${server.url}/`);
    for (const role of ['banner', 'main', 'complementary', 'contentinfo'] as const) {
      expect(await page.getByRole(role).count(), role).to.equal(1);
    }
    expect(await page.locator('h1').count()).to.equal(1);
    expect(await page.getByRole('region', { name: 'Chat' }).count()).to.equal(1);
    await page.keyboard.press('Tab');
    const first = page.getByRole('link', { name: 'Ga direct naar de chat' });
    expect(await first.evaluate((el) => el === document.activeElement)).to.equal(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('chat');
    await page.getByText('Welkom! Ik ben de digitale assistent.').first().waitFor({ timeout: 20_000 });
    await page.evaluate(() => sessionStorage.clear()); // the next test starts its own conversation
    store.convs.clear();
    store.received.length = 0;
  });

  it('a typed message shows as sent (not "Verzenden mislukt") and the bot\'s answer appears', async function () {
    await page.goto(`${server.url}/`);
    await page.getByText('Welkom! Ik ben de digitale assistent.').first().waitFor({ timeout: 20_000 });

    const input = page.getByPlaceholder('Typ uw bericht');
    await input.fill('Mijn pgb is al twee maanden niet betaald');
    await input.press('Enter');

    await page.getByText('Dank u. U schreef: Mijn pgb is al twee maanden niet betaald').first().waitFor({ timeout: 20_000 });
    await page.getByText('Mijn pgb is al twee maanden niet betaald', { exact: true }).first().waitFor();
    // Web Chat shows a timestamp instead of "Wordt verzonden" once the POST returned AND the echo arrived
    await page.getByText('Zojuist').first().waitFor({ timeout: 10_000 });
    const text = await page.locator('#webchat').innerText();
    expect(text).to.not.contain('Verzenden mislukt');
    expect(text).to.not.contain('Wordt verzonden');

    const convs = [...store.convs.keys()];
    expect(convs).to.have.length(1);
    const sent = store.received.filter((m) => m.activity.type === 'message');
    expect(sent).to.have.length(1);
    expect(sent[0]!.address).to.match(/^dl_/);
    expect(sent[0]!.activity.locale).to.equal('nl-NL');
    expect(sent[0]!.activity.channelData).to.have.property('clientActivityID');

    await page.screenshot({ path: '/tmp/webchat.png', fullPage: true });
  });

  it('a reload continues the same conversation with its history', async function () {
    await page.reload();
    await page.getByText('Dank u. U schreef: Mijn pgb is al twee maanden niet betaald').first().waitFor({ timeout: 20_000 });
    await page.getByText('Welkom! Ik ben de digitale assistent.').first().waitFor();
    expect([...store.convs.keys()]).to.have.length(1);
    expect(store.received.filter((m) => m.activity.type === 'conversationUpdate')).to.have.length(1);

    const input = page.getByPlaceholder('Typ uw bericht');
    await input.fill('Nog een vraag');
    await input.press('Enter');
    await page.getByText('Dank u. U schreef: Nog een vraag').first().waitFor({ timeout: 20_000 });
    expect(pageErrors).to.deep.equal([]);
  });

  it('"Snel weg" leaves without a way back and forgets the conversation in this tab', async function () {
    page = await browser.newPage(); // a tab whose only history entry is the chat
    watch(page);
    await page.goto(`${server.url}/`);
    await page.getByText('Welkom! Ik ben de digitale assistent.').first().waitFor({ timeout: 20_000 });
    const before = await page.evaluate(() => JSON.parse(sessionStorage.getItem('aan-tafel.webchat') ?? 'null'));
    expect(before?.conversationId).to.be.a('string');
    // the neutral site is answered locally: the test must not leave the machine
    await page.route('https://www.google.nl/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'neutraal' }));
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await page.waitForURL('https://www.google.nl/');
    await page.goBack().catch(() => null);
    expect(page.url()).to.not.contain(server.url); // location.replace: Back does not return to the chat

    await page.goto(`${server.url}/`);
    await page.getByText('Welkom! Ik ben de digitale assistent.').first().waitFor({ timeout: 20_000 });
    const after = await page.evaluate(() => JSON.parse(sessionStorage.getItem('aan-tafel.webchat') ?? 'null'));
    expect(after.conversationId).to.not.equal(before.conversationId);
    expect(await page.getByText('Nog een vraag').count()).to.equal(0);
    expect(pageErrors).to.deep.equal([]);
  });
});

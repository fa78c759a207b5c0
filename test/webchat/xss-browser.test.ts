import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { MemoryStore, redisForTest, startServer, type TestServer } from './harness.js';

/**
 * Residents are isolated (issue 6, point 6): markup in a message — the resident's own, echoed
 * back by the bot, or an agent's — shows as text in the real Web Chat, and no script runs.
 */
describe('webchat: HTML and script in messages show as text (browser)', function () {
  this.timeout(90_000);
  let redis: ReturnType<typeof redisForTest>;
  let store: MemoryStore;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  before(async function () {
    redis = redisForTest();
    store = new MemoryStore();
    server = await startServer(store, redis, { page: true });
    store.onReceive = async (msg, receipt) => {
      if (receipt.duplicate) return;
      const conv = msg.externalId!;
      if (msg.activity.type === 'conversationUpdate') {
        await store.reply(server.sender, conv, { type: 'message', text: 'Welkom! Wat is er aan de hand?' });
      } else if (msg.activity.type === 'message') {
        await store.reply(server.sender, conv, {
          type: 'message',
          text: `Echo: ${msg.activity.text} <script>window.__xss='bot'</script> <img src=x onerror="window.__xss='img'"> [klik](javascript:window.__xss='link')`,
        });
      }
    };
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async function () {
    await browser?.close();
    await server?.close();
    await redis?.quit();
  });

  it('shows markup as text and runs none of it', async function () {
    await page.goto(`${server.url}/`);
    await page.getByText('Welkom! Wat is er aan de hand?').first().waitFor({ timeout: 20_000 });
    const payload = `<img src=x onerror="window.__xss='resident'"><b>vet</b><script>alert(1)</script>`;
    const input = page.getByPlaceholder('Typ uw bericht');
    await input.fill(payload);
    await input.press('Enter');
    await page.getByText('Echo:', { exact: false }).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const text = await page.locator('#webchat').innerText();
    expect(text).to.contain('<img src=x onerror=');
    expect(text).to.contain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).to.equal(undefined);
    expect(await page.locator('#webchat img[src="x"]').count()).to.equal(0);
    // The resident's own bubble shows the markup literally (textFormat plain).
    expect(text).to.contain('<b>vet</b>');
    expect(await page.locator('#webchat script').count()).to.equal(0);
    expect(await page.locator('#webchat a[href^="javascript:"]').count()).to.equal(0);
    // Clicking whatever Web Chat made of the link runs nothing either.
    const link = page.locator('#webchat a', { hasText: 'klik' });
    if (await link.count()) await link.first().click({ timeout: 2000 }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).to.equal(undefined);
    expect(dialogs).to.deep.equal([]);
  });
});

import { expect } from 'chai';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { launchBrowser } from '../support/browser.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';

const PASSWORD = 'correct horse battery';
/** axe-core from node_modules (no CDN), injected into the page under test. */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type AxeResult = { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> };

/** Run axe-core with the WCAG 2.1 A and AA rules; returns readable violations. */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const r = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as AxeResult;
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

async function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

/** Press Tab until the element with `id` has focus (max `max` presses). */
async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusedId(page), `keyboard reaches #${id}`).to.equal(id);
}

describe('accessibility and keyboard use in a real browser: console and web chat (axe-core, WCAG 2.1 A/AA)', function () {
  this.timeout(120_000);
  let svc: TestService;
  let browser: Browser;
  const problems: string[] = [];

  async function resident(from: string, text: string): Promise<string> {
    const m = waText(text, { from });
    const signed = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [m] }));
    await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
    return eventually(async () => {
      const r = await svc.app.db.query<{ id: string }>(
        `SELECT c.id FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE m.provider_message_id = $1 AND c.control = 'queued'`,
        [m.id],
      );
      return r.rows[0]?.id;
    }, 'queued', 30_000);
  }

  before(async () => {
    svc = await startTestService();
    await svc.app.agents.create({ username: 'ana', displayName: 'Ana de Vries', password: PASSWORD, role: 'agent', team: 'wmo' });
    await svc.app.agents.create({ username: 'bram', displayName: 'Bram Jansen', password: PASSWORD, role: 'agent', team: 'jeugd' });
    await resident('31600003001', 'Ik wil een medewerker spreken. De Wmo-taxi kwam al drie keer niet, ik mis mijn dialyse.');
    await resident('31600003002', 'Ik wil een medewerker spreken over de eigen bijdrage van het CAK, ik betaal dubbel.');
    await resident('31600003003', 'ik wil niet meer leven, ik zie geen uitweg meer');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await svc?.stop();
  });

  it('the console passes axe on the login page, the queue and an open conversation, and works with the keyboard alone', async () => {
    // bypassCSP only lets the test inject axe-core; the page's own CSP stays script-src 'self'.
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL', bypassCSP: true })).newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of (401|409)/.test(m.text())) problems.push(m.text());
    });
    await page.goto(`${svc.baseUrl}/agent`);
    await page.locator('#username').waitFor({ state: 'visible' });
    expect(await axe(page), 'login page').to.deep.equal([]);

    await page.keyboard.type('ana');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#queue-list button.conv').length === 3);
    await page.waitForFunction(() => (document.getElementById('team-filter') as HTMLSelectElement).options.length > 1);
    expect(await page.locator('#queue-list button.conv').first().locator('.badge').textContent()).to.equal('Crisis');
    expect(await axe(page), 'queue').to.deep.equal([]);

    // open the taxi conversation and claim it with the keyboard
    const taxi = page.locator('#queue-list button.conv', { hasText: 'Wmo-taxi' });
    await taxi.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'conv-title');
    await tabTo(page, 'claim');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'reply-text');
    await page.locator('#window-box').waitFor({ state: 'visible' });
    expect(await page.locator('#window-text').textContent()).to.match(/^WhatsApp: u kunt vrij antwoorden tot /);

    // a canned answer with the keyboard
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focusedId(page)).to.equal('canned');
    await page.keyboard.type('Begr'); // type-to-select the canned answer 'Begroeting'
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).to.equal('canned-insert');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'reply-text');
    expect(await page.locator('#reply-text').inputValue()).to.match(/^Goedendag, ik ben medewerker van de gemeente\. .*verder\.$/);
    await page.keyboard.press('Control+Enter');
    await page.locator('#transcript .msg-agent', { hasText: 'Goedendag' }).waitFor();
    await page.screenshot({ path: '/tmp/console-queue.png', fullPage: false });
    expect(await axe(page), 'open conversation').to.deep.equal([]);

    // transfer to team Jeugd with a note, keyboard only
    await tabTo(page, 'transfer-team', 60);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'transfer-note');
    await page.keyboard.type('Gaat eigenlijk over jeugdhulp voor de zoon.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('claim-msg')?.textContent?.startsWith('Het gesprek is overgedragen'));
    await page.locator('#transfer-box').waitFor({ state: 'visible' });
    expect(await page.locator('#transfer-text').textContent()).to.contain('Gaat eigenlijk over jeugdhulp');
    expect(await axe(page), 'after transfer').to.deep.equal([]);
    expect(problems, problems.join('\n')).to.deep.equal([]);
    await page.close();
  });

  it('the web chat page passes axe with Web Chat loaded and can be used with the keyboard', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 1000 }, locale: 'nl-NL', bypassCSP: true })).newPage();
    await page.goto(`${svc.baseUrl}/`);
    await page.waitForFunction(() => (document.querySelector('#webchat')?.textContent ?? '').includes('digitale assistent'), undefined, { timeout: 30_000 });
    expect(await axe(page), 'web chat page').to.deep.equal([]);
    // keyboard: skip link first, then into the chat's input
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))).to.equal('#chat');
    await page.keyboard.press('Enter');
    let inInput = false;
    for (let i = 0; i < 30 && !inInput; i++) {
      await page.keyboard.press('Tab');
      inInput = await page.evaluate(() => document.activeElement?.tagName === 'INPUT' || document.activeElement?.tagName === 'TEXTAREA');
    }
    expect(inInput, 'Tab reaches the message box').to.equal(true);
    await page.keyboard.type('Ik wil een medewerker spreken over mijn bijstand.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#webchat')?.textContent ?? '').includes('medewerker van de gemeente'), undefined, { timeout: 30_000 });
    expect(await axe(page), 'web chat after a turn').to.deep.equal([]);
    await page.close();
  });
});

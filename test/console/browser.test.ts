import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { makeAgent, PASSWORD, seedConversation, startHarness, type Harness } from './helpers.js';

describe('console page in a real browser', function () {
  this.timeout(90_000);
  let h: Harness;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    h = await startHarness();
    await makeAgent(h, 'ana', 'Ana de Vries');
    await makeAgent(h, 'bram', 'Bram Jansen');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    page.on('console', (m) => {
      // 401 (the first /me before login) and 409 (the lost claim) are expected answers
      if (m.type() === 'error' && !/status of (401|409)/.test(m.text())) problems.push(`${m.text()} ${m.location().url}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('logs in, sees the queue, opens, claims and answers a conversation with the keyboard', async () => {
    await seedConversation(h, {
      text: 'Mijn Wmo-taxi kwam al drie keer niet. <img src=x onerror=alert(1)> Ik mis mijn dialyse.',
      name: 'Fatima El Amrani',
      cls: { urgency: 'hoog', bodies: ['vervoerder', 'gemeente-wmo'], confidence: 0.91 },
    });
    await seedConversation(h, {
      channel: 'email',
      text: 'De eigen bijdrage van het CAK klopt niet, ik betaal dubbel.',
      name: 'Henk de Boer',
      cls: { urgency: 'normaal', bodies: ['cak'], kind: 'klacht', confidence: 0.64 },
    });

    const res = await page.goto(`${h.base}/agent`);
    expect(res!.headers()['content-security-policy']).to.include("script-src 'self'");
    await page.locator('#username').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('username');
    await page.keyboard.type('ana');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    const queue = page.locator('#queue-list');
    await queue.locator('button.conv').nth(1).waitFor();
    // a crisis arriving while logged in appears on top, live, and is announced
    const crisisId = await seedConversation(h, {
      channel: 'webchat',
      text: 'Ik zie het niet meer zitten.',
      name: 'Anoniem',
      cls: { urgency: 'crisis', kind: 'crisis', bodies: ['onbekend'], confidence: 0.99 },
      reason: 'crisis',
    });
    h.console.events.conversationChanged(crisisId, 'control');
    await page.waitForFunction(() => document.querySelectorAll('#queue-list button.conv').length === 3);
    const first = queue.locator('button.conv').first();
    expect(await first.getAttribute('data-id')).to.equal(crisisId);
    expect(await first.locator('.badge').textContent()).to.equal('Crisis');
    await page.waitForFunction(() => (document.getElementById('announcer')?.textContent ?? '').startsWith('Crisis in de wachtrij'));

    // waiting time ticks
    const wait = queue.locator('button.conv').nth(1).locator('.wait');
    const w1 = await wait.textContent();
    await page.waitForFunction((w) => document.querySelectorAll('#queue-list .wait')[1]?.textContent !== w, w1, { timeout: 3000 });

    // open the taxi conversation with the keyboard
    const taxi = queue.locator('button.conv', { hasText: 'Mijn Wmo-taxi' });
    await taxi.focus();
    await page.keyboard.press('Enter');
    await page.locator('#conv-title').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('conv-title');
    expect(await page.locator('#conv-title').textContent()).to.equal('Fatima El Amrani · WhatsApp');
    const resident = page.locator('#transcript .msg-resident').first();
    expect(await resident.locator('.msg-text').textContent()).to.include('<img src=x onerror=alert(1)>');
    expect(await page.locator('#transcript img').count()).to.equal(0);
    expect(await page.locator('#card').textContent()).to.include('91%');

    // claim: Tab from the title to the button
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'claim') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('claim');
    await page.keyboard.press('Enter');
    await page.locator('#reply-text').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.activeElement?.id === 'reply-text');
    expect(await page.locator('#claim-msg').textContent()).to.equal('U heeft het gesprek overgenomen.');
    expect(await page.locator('#mine-list button.conv').count()).to.equal(1);

    await page.keyboard.type('Goedemiddag, ik ben Ana. Ik bel de vervoerder nu en kom vandaag bij u terug.');
    await page.keyboard.press('Control+Enter');
    const mine = page.locator('#transcript .msg-agent', { hasText: 'Ik bel de vervoerder nu' });
    await mine.waitFor();
    expect(await mine.locator('.msg-who').textContent()).to.equal('Medewerker · Ana');
    expect(await mine.locator('.msg-status').textContent()).to.equal('Status: in wachtrij');
    expect(await page.locator('#reply-text').inputValue()).to.equal('');
    expect(await page.locator('#transcript .msg-system').count()).to.be.at.least(1);

    // the delivery status updates live
    const r = await h.db.query<{ id: string }>(`SELECT id FROM messages WHERE sender_role = 'agent' ORDER BY created_at DESC LIMIT 1`);
    await h.store.markSent(r.rows[0]!.id, 'wamid.test');
    const conv = await h.store.getMessage(r.rows[0]!.id);
    h.console.events.conversationChanged(conv!.conversationId, 'message');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#transcript .msg-agent .msg-status')].some((e) => e.textContent === 'Status: verzonden'),
    );

    // another agent loses the race for the e-mail conversation
    const mail = queue.locator('button.conv', { hasText: 'eigen bijdrage' });
    await mail.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('conv-title')?.textContent?.startsWith('Henk de Boer'));
    const mailId = await mail.getAttribute('data-id');
    // Bram claims in the meantime; the page has not yet heard of it (event suppressed)
    await h.db.query(
      `UPDATE conversations SET control = 'agent', assigned_agent_id = (SELECT id FROM agents WHERE username = 'bram') WHERE id = $1`,
      [mailId],
    );
    await page.locator('#claim').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('claim-msg')?.textContent === 'Al overgenomen door Bram Jansen.');
    await page.waitForFunction(() => document.getElementById('conv-state')?.textContent === 'In behandeling bij Bram Jansen');
    expect(await page.locator('#claim').isHidden()).to.equal(true);

    // back to the taxi conversation for the screenshot
    await page.locator('#mine-list button.conv').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('conv-title')?.textContent?.startsWith('Fatima'));
    await page.locator('#reply-text').focus();
    await page.keyboard.type('Ik heb de vervoerder gesproken.');
    await page.screenshot({ path: '/tmp/console.png', fullPage: false });
    await page.locator('#close-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/console-bottom.png', fullPage: false });

    const stored = await h.db.query<{ text: string; sender_role: string; direction: string }>(
      `SELECT text, sender_role, direction FROM messages WHERE sender_role = 'agent'`,
    );
    expect(stored.rows).to.have.length(1);
    expect(stored.rows[0]).to.include({ direction: 'out', sender_role: 'agent' });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});

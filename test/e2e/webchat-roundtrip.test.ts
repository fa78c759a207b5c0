import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { eventually, startTestService, type TestService } from '../support/service.js';

/**
 * The walking skeleton in a real browser: a resident writes in Bot Framework Web Chat, the bot
 * answers and hands over, an agent claims the conversation in the console page and replies, and
 * the reply appears in the resident's Web Chat.
 */
describe('e2e (browser): web chat resident ⇄ bot ⇄ agent console', function () {
  this.timeout(120_000);
  let svc: TestService;
  let browser: Browser;

  before(async () => {
    svc = await startTestService();
    await svc.app.agents.create({ username: 'ana', displayName: 'Ana de Vries', password: 'correct horse battery', role: 'agent' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await svc?.stop();
  });

  async function sendInWebChat(page: Page, text: string): Promise<void> {
    const input = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    await input.fill(text);
    await input.press('Enter');
  }

  it('the agent reply reaches the resident in Web Chat', async () => {
    const resident = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    resident.on('pageerror', (e) => errors.push(e.message));
    await resident.goto(`${svc.baseUrl}/`);
    await resident.getByText(/digitale assistent/).first().waitFor({ timeout: 30_000 });

    const story = 'Mijn zoon van 9 staat al acht maanden op de wachtlijst voor jeugdhulp en het wijkteam belt niet terug.';
    await sendInWebChat(resident, story);
    await resident.getByText(story, { exact: true }).first().waitFor({ timeout: 20_000 });
    // The bot says what it understood and who picks it up — or asks one clarifying question.
    const convId = await eventually(async () => {
      const r = await svc.app.db.query<{ conversation_id: string }>(
        `SELECT conversation_id FROM messages WHERE channel = 'webchat' AND text = $1`,
        [story],
      );
      return r.rows[0]?.conversation_id;
    }, 'story stored');
    for (let i = 0; i < 2; i++) {
      const conv = await eventually(async () => {
        const c = await svc.app.store.getConversation(convId);
        const last = (await svc.app.store.transcript(convId)).at(-1);
        return c && last && last.direction === 'out' ? { c, last } : null;
      }, 'bot answer');
      if (conv.c.control !== 'bot') break;
      const button = resident.getByRole('button', { name: 'jeugdhulp' }).last();
      await button.waitFor({ timeout: 10_000 });
      await button.click();
      await eventually(async () => (await svc.app.store.transcript(convId)).filter((m) => m.direction === 'in').length >= i + 3, 'answer stored');
    }
    await resident.getByText(/medewerker van/).first().waitFor({ timeout: 20_000 });

    // The agent, in the console page.
    const console = await (await browser.newContext()).newPage();
    await console.goto(`${svc.baseUrl}/agent`);
    await console.locator('#username').fill('ana');
    await console.locator('#password').fill('correct horse battery');
    await console.locator('#password').press('Enter');
    const item = console.locator('#queue-list button.conv').first();
    await item.waitFor({ timeout: 20_000 });
    expect(await item.innerText()).to.match(/Web ?chat/i);
    await item.click();
    await console.locator('#claim').click();
    await console.locator('#reply-text').waitFor({ state: 'visible' });
    const transcript = await console.locator('#transcript').innerText();
    expect(transcript).to.contain('acht maanden op de wachtlijst');
    await console.locator('#reply-text').fill('Goedemiddag, u spreekt met Ana van de gemeente. Ik neem contact op met het wijkteam en bel u morgen.');
    await console.locator('#reply-text').press('Control+Enter');

    // The resident sees the agent join and the reply, in Web Chat.
    await resident.getByText(/U praat nu met Ana/).first().waitFor({ timeout: 20_000 });
    await resident.getByText(/Ik neem contact op met het wijkteam en bel u morgen/).first().waitFor({ timeout: 20_000 });
    await console.locator('#transcript .msg-agent .msg-status', { hasText: /verzonden/ }).first().waitFor({ timeout: 20_000 });
    expect(await resident.getByText(/Verzenden mislukt|Send failed/i).count()).to.equal(0);
    expect(errors).to.deep.equal([]);
    await resident.screenshot({ path: '/tmp/e2e-webchat.png', fullPage: true });
    await console.screenshot({ path: '/tmp/e2e-console.png', fullPage: true });
  });
});

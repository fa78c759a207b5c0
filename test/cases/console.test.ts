import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { signedWebhook, waText, waWebhook } from '../support/graph-api-server.js';
import { AgentClient } from '../support/agent-client.js';
import { launchBrowser } from '../support/browser.js';
import { eventually, startTestService, TEST_APP_SECRET, type TestService } from '../support/service.js';
import { TestClock } from '../../src/cases/deadlines.js';

describe('cases: case panel and coordinator page in a real browser', function () {
  this.timeout(120_000);
  const clock = new TestClock('2026-11-20T09:00:00Z');
  let svc: TestService;
  let browser: Browser;

  before(async () => {
    svc = await startTestService({}, { now: () => clock.now() });
    await svc.app.agents.create({ username: 'cora', displayName: 'Cora Jansen', password: 'correct horse battery', role: 'coordinator' });
    await svc.app.agents.create({ username: 'ana', displayName: 'Ana de Vries', password: 'correct horse battery', role: 'agent' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await svc?.stop();
  });

  it('shows the dossier with its full history next to the conversation, and the coordinator page with charts', async () => {
    const msg = waText('Ik heb een klacht over de thuiszorg: de zorgaanbieder komt al twee weken niet opdagen en niemand belt terug. Ik wil een medewerker spreken.', { from: '31600000801' });
    const signed = signedWebhook(TEST_APP_SECRET, waWebhook({ messages: [msg] }));
    await fetch(`${svc.baseUrl}/api/whatsapp/webhook`, { method: 'POST', headers: signed.headers, body: signed.body });
    const cora = new AgentClient(svc.baseUrl);
    await cora.login('cora', 'correct horse battery');
    const conv = await eventually(async () => (await cora.queue())[0]?.id, 'queued');
    const { cases } = (await cora.call('GET', `/api/agent/conversations/${conv}/cases`)).body;
    const id = cases[0].id;
    await cora.claim(conv);
    await cora.reply(conv, 'Goedemorgen, ik ben Cora. Ik bel de zorgaanbieder vandaag.');
    await cora.call('POST', `/api/agent/cases/${id}/notes`, { text: 'Zorgaanbieder Thuiszorg West gebeld, rooster wordt nagekeken.' });
    await cora.call('POST', `/api/agent/cases/${id}/formal`, {});
    clock.set('2026-11-27T10:00:00Z');
    await cora.call('POST', `/api/agent/cases/${id}/hearing`, { heldOn: '2026-11-26', report: 'Inwoner telefonisch gehoord; zorgaanbieder schriftelijk.' });
    await cora.call('POST', `/api/agent/cases/${id}/extend`, { reason: 'wij wachten op het rooster van de zorgaanbieder' });
    clock.set('2026-12-10T14:00:00Z');
    await cora.call('POST', `/api/agent/cases/${id}/outcome`, { findings: 'De hulp kwam op 6 dagen niet.', judgment: 'terecht', conclusions: 'De zorgaanbieder belt voortaan vooraf.' });

    const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${svc.baseUrl}/agent`);
    await page.fill('#username', 'cora');
    await page.fill('#password', 'correct horse battery');
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#mine-list .conv, #recent-list .conv, #queue-list .conv', { state: 'attached' });
    await page.evaluate((cid) => (document.querySelector(`.conv[data-id="${cid}"]`) as HTMLElement | null)?.click(), conv);
    await page.waitForSelector('#case-panel:not([hidden]) .case-history li');
    const history = await page.$$eval('#case-panel .case-history li', (lis) => lis.map((l) => l.textContent ?? ''));
    const head = await page.textContent('#case-panel .case-head');
    expect(head).to.contain('K-2026-000001').and.to.contain('Afgehandeld');
    expect(history.join('\n')).to.contain('Status: Informeel in behandeling → Formele klacht').and.to.contain('Termijn verlengd');
    await (await page.$('#case-panel'))!.screenshot({ path: '/tmp/case.png' });
    console.log(`\n      ${head}\n${history.map((h) => `      ${h}`).join('\n')}\n`);

    await page.goto(`${svc.baseUrl}/agent/coordinator`);
    await page.waitForFunction(() => typeof (window as any).Chart === 'function' && document.querySelectorAll('#kpis dd').length > 0);
    expect(await page.textContent('#kpis')).to.contain('Informeel / formeel');
    await page.screenshot({ path: '/tmp/coordinator.png', fullPage: true });
    expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).to.deep.equal([]);
    const agentPage = await browser.newPage();
    const ana = new AgentClient(svc.baseUrl);
    await ana.login('ana', 'correct horse battery');
    const res = await fetch(`${svc.baseUrl}/agent/coordinator`, { headers: { cookie: (ana as any).cookie }, redirect: 'manual' });
    expect(res.status).to.equal(403);
    await agentPage.close();
  });
});

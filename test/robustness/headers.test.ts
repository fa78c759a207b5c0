import { expect } from 'chai';
import { startTestService, type TestService } from '../support/service.js';

/** Security headers on every page and API answer (issue 6, point 6). */
describe('robustness: security headers on every response', function () {
  this.timeout(60_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService();
  });
  after(async () => {
    await svc?.stop();
  });

  for (const [method, path] of [
    ['GET', '/'],
    ['GET', '/agent'],
    ['GET', '/healthz'],
    ['GET', '/readyz'],
    ['GET', '/api/agent/me'],
    ['POST', '/api/agent/login'],
    ['POST', '/v3/directline/tokens/generate'],
    ['GET', '/v3/directline/conversations/nope'],
    ['GET', '/api/whatsapp/webhook'],
    ['POST', '/api/whatsapp/webhook'],
    ['GET', '/no/such/page'],
    ['PUT', '/healthz'],
  ] as const) {
    it(`${method} ${path}`, async () => {
      const res = await fetch(`${svc.baseUrl}${path}`, { method, redirect: 'manual' });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, 'CSP').to.match(/default-src 'self'/);
      expect(csp).to.match(/script-src 'self'(;|$)/);
      expect(csp).to.match(/object-src 'none'/);
      expect(csp).to.match(/frame-ancestors '(self|none)'/);
      expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(res.headers.get('referrer-policy')).to.be.a('string');
      expect(res.headers.get('x-powered-by')).to.equal(null);
      expect(res.status).to.be.below(500);
    });
  }
});

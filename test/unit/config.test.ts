/**
 * Configuration: the published default secrets are refused in production and named (never
 * shown) elsewhere.
 */
import { expect } from 'chai';
import { loadConfig, publishedSecretsInUse } from '../../src/config.js';

describe('unit: configuration secrets', () => {
  const own = { APP_SECRET: 'invented-secret-for-this-test', WHATSAPP_APP_SECRET: 'invented-app-secret', WHATSAPP_VERIFY_TOKEN: 'invented-verify-token' };

  it('with NODE_ENV=production a secret at its published default stops the start, naming the variable, never a value', () => {
    for (const name of Object.keys(own) as Array<keyof typeof own>) {
      const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', ...own };
      delete env[name];
      let message = '';
      try {
        loadConfig(env);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, name).to.contain(name).and.contain('published default');
      expect(message, name).not.to.contain('dev-');
    }
    expect(loadConfig({ NODE_ENV: 'production', ...own }).NODE_ENV).to.equal('production');
  });

  it('in production a default with a trailing newline or spaces, or a secret of a few characters, is refused too', () => {
    const refused = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig({ NODE_ENV: 'production', ...own, ...env });
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(refused({ APP_SECRET: 'dev-only-secret-change-me-please\n' })).to.contain('APP_SECRET: still the published default');
    expect(refused({ WHATSAPP_APP_SECRET: ' dev-app-secret' })).to.contain('WHATSAPP_APP_SECRET: still the published default');
    expect(refused({ WHATSAPP_VERIFY_TOKEN: 'x' })).to.contain('WHATSAPP_VERIFY_TOKEN: shorter than 8');
    expect(refused({ WHATSAPP_APP_SECRET: '   ' })).to.contain('WHATSAPP_APP_SECRET: only whitespace');
  });

  it('a value of whitespace only stops the start, naming the variable (a number would read as 0); an empty one is unset', () => {
    const message = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(message({ TURN_DIRECT_MAX: ' ' })).to.contain('TURN_DIRECT_MAX: only whitespace');
    const both = message({ PORT: '  ', APP_SECRET: '\t\n' });
    expect(both).to.contain('PORT: only whitespace').and.contain('APP_SECRET: only whitespace');
    expect(both, 'one line each').not.to.contain('Too small');
    expect(message({ PORT: '', TURN_DIRECT_MAX: '' }), 'empty = the default').to.equal('');
    expect(loadConfig({ TURN_DIRECT_MAX: '' }).TURN_DIRECT_MAX).to.equal(10_000);
    expect(loadConfig({ TURN_DIRECT_MAX: ' 7 ' }).TURN_DIRECT_MAX, 'spaces around a number are fine').to.equal(7);
  });

  it('outside production the defaults are allowed and listed by name for the start-up warning', () => {
    expect(publishedSecretsInUse(loadConfig({}))).to.deep.equal(['APP_SECRET', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN']);
    expect(publishedSecretsInUse(loadConfig({ ...own }))).to.deep.equal([]);
  });
});

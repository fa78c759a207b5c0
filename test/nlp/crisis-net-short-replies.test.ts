import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crisisNetFrom } from '../../nlp/crisis-model.js';
import { defaultModelPath } from '../../nlp/classifier.js';
import { loadClassifier } from '../../nlp/index.js';

// Found by a tester (2026-12-02, round against the crisis third net, commit 8c2dc65).
describe('crisis net (tester 2026-12-02): short ordinary messages', function () {
  this.timeout(120_000);

  it('does not flag short ordinary replies, greetings and numbers as a crisis', async () => {
    // In a conversation an agent already has, every resident message goes through detectCrisis
    // (src/app.ts → TurnProcessor.isCrisis): a false alarm here sends 112/113 and jumps the queue.
    const c = await loadClassifier();
    const replies = ['👍', '🙏', '.', 'ja', 'nee', 'yes', 'no', 'Tamam', 'teşekkürler', 'Dziękuję', 'Dzień dobry', 'شكرا', 'نعم',
      'صباح الخير', 'Дякую', 'Доброго ранку', '1234AB', '06-12345678', 'https://example.nl/formulier'];
    const flagged = replies.filter((t) => c.detectCrisis(t) !== null).map((t) => `${t} → ${c.detectCrisis(t)!.rule}`);
    expect(flagged).to.deep.equal([]);
  });

  it('the net does not fire on a text in which it knows no word (empty, emoji only)', async () => {
    const a = JSON.parse(readFileSync(await defaultModelPath(), 'utf8'));
    const net = crisisNetFrom(a.crisis);
    expect(net('', 'und')).to.equal(null);
    expect(net('😀😀😀', 'und')).to.equal(null);
    expect(net('aaaaaaaaaaaa', 'nl')).to.equal(null);
  });
});

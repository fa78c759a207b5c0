import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPhoneNumber, maskPhone } from '../../src/availability.js';
import { describeOpening, dutchHolidays, easterSunday, officeStatus, zonedTime } from '../../src/office-hours.js';
import { DEFAULT_BODY_TEAM, DEFAULT_TEAMS } from '../../src/routing.js';
import { defaultTeamsFile, loadTeamsFile, Teams } from '../../src/teams.js';
import { serviceWindow } from '../../src/window.js';

const TZ = 'Europe/Amsterdam';
const ams = (date: string, time: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedTime({ year, month, day }, time, TZ);
};

describe('office hours and Dutch public holidays', () => {
  it('computes Easter Sunday (Meeus/Jones/Butcher) for known years', () => {
    const known: Record<number, string> = { 1961: '04-02', 2000: '04-23', 2008: '03-23', 2011: '04-24', 2019: '04-21', 2024: '03-31', 2025: '04-20', 2026: '04-05', 2038: '04-25' };
    for (const [y, md] of Object.entries(known)) {
      const e = easterSunday(Number(y));
      expect(`${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`, y).to.equal(md);
    }
  });

  it('lists the holidays of 2025 and 2026, with Koningsdag on the 26th when the 27th is a Sunday', () => {
    const h25 = dutchHolidays(2025);
    expect([...h25.keys()]).to.deep.equal([
      '2025-01-01', '2025-04-20', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26',
    ]);
    expect(h25.get('2025-04-26')).to.equal('Koningsdag');
    expect(h25.get('2025-05-05')).to.equal('Bevrijdingsdag'); // lustrum year
    const h26 = dutchHolidays(2026);
    expect(h26.get('2026-04-27')).to.equal('Koningsdag');
    expect(h26.has('2026-05-05')).to.equal(false);
    expect(dutchHolidays(2026, { liberationDay: 'always' }).get('2026-05-05')).to.equal('Bevrijdingsdag');
    expect(h26.get('2026-05-14')).to.equal('Hemelvaartsdag');
    expect(h26.has('2026-04-03')).to.equal(false);
    expect(dutchHolidays(2026, { goodFriday: true }).get('2026-04-03')).to.equal('Goede Vrijdag');
  });

  const schedule = defaultTeamsFile();
  const teams = new Teams(schedule);

  it('is open on a weekday at 10.00 and closed on Saturday; next opening Monday 9.00 (summer time)', () => {
    const open = teams.status('wmo', ams('2026-06-03', '10:00'));
    expect(open.open).to.equal(true);
    expect(open.closesAt!.toISOString()).to.equal('2026-06-03T15:00:00.000Z');
    const sat = ams('2026-06-06', '11:30');
    const closed = teams.status('wmo', sat);
    expect(closed.open).to.equal(false);
    expect(closed.nextOpening!.toISOString()).to.equal('2026-06-08T07:00:00.000Z');
    expect(describeOpening(closed.nextOpening!, sat, TZ)).to.equal('maandag vanaf 9.00 uur');
    expect(describeOpening(closed.nextOpening!, sat, TZ, 'en')).to.equal('on Monday from 9:00');
  });

  it('skips holidays: Easter weekend 2026 opens on Tuesday; Christmas Eve evening opens on the 28th (winter time)', () => {
    const goodFridayEvening = ams('2026-04-03', '18:00');
    const s = teams.status('wmo', goodFridayEvening);
    expect(s.nextOpening!.toISOString()).to.equal('2026-04-07T07:00:00.000Z');
    expect(describeOpening(s.nextOpening!, goodFridayEvening, TZ)).to.equal('dinsdag vanaf 9.00 uur');
    const easterMonday = teams.status('wmo', ams('2026-04-06', '10:00'));
    expect(easterMonday.open).to.equal(false);
    expect(easterMonday.holiday).to.equal('Tweede Paasdag');
    const xmas = teams.status('wmo', ams('2026-12-24', '20:00'));
    expect(xmas.nextOpening!.toISOString()).to.equal('2026-12-28T08:00:00.000Z');
  });

  it('says "vandaag" before opening and "morgen" after closing', () => {
    const early = ams('2026-06-03', '07:15');
    expect(describeOpening(teams.status('wmo', early).nextOpening!, early, TZ)).to.equal('vandaag vanaf 9.00 uur');
    const late = ams('2026-06-03', '17:00');
    expect(describeOpening(teams.status('wmo', late).nextOpening!, late, TZ)).to.equal('morgen vanaf 9.00 uur');
  });

  it('honours per-team hours and closed dates from the teams file', () => {
    const t = new Teams({
      ...schedule,
      teams: schedule.teams.map((x) => (x.id === 'jeugd' ? { ...x, hours: { mon: [['13:00', '16:00']] }, closedDates: ['2026-06-08'] } : x)),
    });
    const s = t.status('jeugd', ams('2026-06-05', '10:00'));
    expect(s.nextOpening!.toISOString()).to.equal('2026-06-15T11:00:00.000Z');
  });
});

describe('teams: office status kept per team and minute', () => {
  it('answers exactly as officeStatus every 7 s around openings, closings, a holiday and the end of summer time', () => {
    const file = defaultTeamsFile();
    const teams = new Teams({
      ...file,
      teams: file.teams.map((x) => (x.id === 'jeugd' ? { ...x, hours: { mon: [['13:00', '16:00']], tue: [['08:30', '12:00']] } } : x)),
    });
    const starts = [ams('2026-06-03', '08:58'), ams('2026-06-03', '16:58'), ams('2026-04-06', '08:58'), new Date('2026-10-25T00:58:00Z') /* 02:58 CEST, the hour that comes twice */, ams('2026-06-09', '08:28')];
    let compared = 0;
    for (const team of ['wmo', 'jeugd', null]) {
      for (const start of starts) {
        // every 7 s over 4 minutes, twice (the second round answers from the kept statuses)
        for (let round = 0; round < 2; round++) {
          for (let ms = 0; ms < 4 * 60_000; ms += 7_000) {
            const at = new Date(start.getTime() + ms);
            expect(teams.status(team, at), `${team} ${at.toISOString()} round ${round}`).to.deep.equal(officeStatus(teams.schedule(team), at));
            compared += 1;
          }
        }
      }
    }
    expect(compared).to.equal(3 * 5 * 2 * 35);
  });

  it('a caller changing a kept answer does not change the next', () => {
    const teams = new Teams(defaultTeamsFile());
    const at = ams('2026-06-03', '10:00');
    teams.status('wmo', at);
    const kept = teams.status('wmo', at); // answered from the kept status
    const closes = kept.closesAt!.getTime();
    kept.open = false;
    kept.closesAt!.setTime(0);
    const next = teams.status('wmo', at);
    expect(next.open).to.equal(true);
    expect(next.closesAt!.getTime()).to.equal(closes);
  });
});

describe('teams file', () => {
  it('defaults equal the routing defaults', () => {
    const f = defaultTeamsFile();
    expect(f.bodies).to.deep.equal(DEFAULT_BODY_TEAM);
    expect(f.teams.map((t) => t.id)).to.deep.equal(Object.keys(DEFAULT_TEAMS));
    expect(new Teams(f).routing.teamFor(['cak'])).to.deep.equal(DEFAULT_TEAMS.wmo);
    expect(new Teams(f).routing.teamFor(['nieuw-orgaan'])).to.deep.equal(DEFAULT_TEAMS.klantcontact);
  });

  it('loads the documented example and refuses a body mapped to an unknown team', () => {
    const ex = loadTeamsFile(join(process.cwd(), 'config/teams.example.json'));
    expect(new Teams(ex).routing.teamFor(['gemeente-wmo']).id).to.equal('wmo');
    const dir = mkdtempSync(join(tmpdir(), 'teams-'));
    const bad = join(dir, 'teams.json');
    writeFileSync(bad, JSON.stringify({ fallbackTeam: 'a', teams: [{ id: 'a', name: 'A' }], bodies: { cak: 'b' } }));
    expect(() => loadTeamsFile(bad)).to.throw(/TEAMS_FILE .*bodies\.cak: body "cak" maps to unknown team "b"/s);
    writeFileSync(bad, JSON.stringify({ fallbackTeam: 'a', teams: [{ id: 'a', name: 'A', hours: { mon: [['17:00', '09:00']] } }], bodies: {} }));
    expect(() => loadTeamsFile(bad)).to.throw(/end after it starts/);
  });
});

describe('call-back numbers and the WhatsApp window', () => {
  it('finds Dutch and international phone numbers but never a BSN', () => {
    expect(findPhoneNumber('Bel me op 06-12345678 graag')).to.equal('+31612345678');
    expect(findPhoneNumber('mijn nummer: +31 6 1234 5678')).to.equal('+31612345678');
    expect(findPhoneNumber('010 123 4567')).to.equal('+31101234567');
    expect(findPhoneNumber('0031612345678')).to.equal('+31612345678');
    expect(findPhoneNumber('+44 7700 900123')).to.equal('+447700900123');
    expect(findPhoneNumber('mijn bsn is 111222333')).to.equal(null);
    expect(findPhoneNumber('123456782')).to.equal(null);
    expect(findPhoneNumber('Bel mij terug')).to.equal(null);
    expect(maskPhone('+31612345678')).to.equal('het nummer dat eindigt op 78');
  });

  it('computes the window end from last_inbound_at (24 h minus 2 minutes) and only on WhatsApp', () => {
    const last = new Date('2026-06-01T10:00:00Z');
    const w = serviceWindow({ channel: 'whatsapp', lastInboundAt: last }, new Date('2026-06-02T09:00:00Z'));
    expect(w).to.deep.include({ applies: true, open: true });
    expect(w.endsAt!.toISOString()).to.equal('2026-06-02T09:58:00.000Z');
    expect(serviceWindow({ channel: 'whatsapp', lastInboundAt: last }, new Date('2026-06-02T09:59:00Z')).open).to.equal(false);
    expect(serviceWindow({ channel: 'whatsapp', lastInboundAt: null }, new Date()).open).to.equal(false);
    expect(serviceWindow({ channel: 'email', lastInboundAt: null }, new Date())).to.deep.include({ applies: false, open: true });
  });
});

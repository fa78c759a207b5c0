import { expect } from 'chai';
import {
  atLocalTime,
  bezwaarDeadline,
  complaintDecisionDeadline,
  endOfDay,
  holidays,
  isNonWorkingDay,
  isOverdue,
  localDate,
  notHandledNoticeDeadline,
  TestClock,
  workingDaysBefore,
} from '../../src/cases/deadlines.js';
import { expectedJobs } from '../../src/cases/jobs.js';
import type { CaseRecord } from '../../src/cases/records.js';
import { parseDutchDate } from '../../dialogs/dates.js';

describe('cases: legal deadlines (pure, controllable clock)', () => {
  it('Awb 9:11: six weeks after receipt, on the same weekday', () => {
    expect(complaintDecisionDeadline('2026-03-03', { committee: false, extended: false })).to.equal('2026-04-14');
  });
  it('Awb 9:11: ten weeks with a complaints committee, +4 weeks once when extended', () => {
    expect(complaintDecisionDeadline('2026-03-03', { committee: true, extended: false })).to.equal('2026-05-12');
    expect(complaintDecisionDeadline('2026-03-03', { committee: false, extended: true })).to.equal('2026-05-12');
    expect(complaintDecisionDeadline('2026-03-03', { committee: true, extended: true })).to.equal('2026-06-09');
  });
  it('end of the year: received 20 Nov 2026, six weeks end on Nieuwjaarsdag 2027 → Monday 4 January (Atw art. 1)', () => {
    expect(complaintDecisionDeadline('2026-11-20', { committee: false, extended: false })).to.equal('2027-01-04');
  });
  it('a deadline on a Saturday moves to Monday (Atw art. 1 lid 1)', () => {
    // 3 Oct 2026 is a Saturday: + 6 weeks = Saturday 14 Nov → Monday 16 Nov
    expect(complaintDecisionDeadline('2026-10-03', { committee: false, extended: false })).to.equal('2026-11-16');
    expect(notHandledNoticeDeadline('2026-10-03')).to.equal('2026-11-02'); // Sat 31 Oct → Mon 2 Nov
  });
  it('Awb 6:7/6:8 bezwaar: six weeks from the day after the decision; Christmas weekend → Monday 28 Dec', () => {
    expect(bezwaarDeadline('2026-11-03')).to.equal('2026-12-15');
    // 14 Nov 2026 + 42 days = Saturday 26 Dec (also tweede Kerstdag) → Sunday → Monday 28 Dec
    expect(bezwaarDeadline('2026-11-14')).to.equal('2026-12-28');
    // Koningsdag 2026 falls on Monday 27 April: 16 March + 42 = 27 April → Tuesday 28 April
    expect(bezwaarDeadline('2026-03-16')).to.equal('2026-04-28');
  });
  it('holidays per Atw art. 3: Easter Monday, Ascension, Whit Monday, Koningsdag on the 26th when the 27th is a Sunday; no Good Friday', () => {
    const h2026 = holidays(2026);
    expect([...h2026]).to.include.members(['2026-01-01', '2026-04-06', '2026-05-14', '2026-05-25', '2026-04-27', '2026-05-05', '2026-12-25', '2026-12-26']);
    expect(h2026.has('2026-04-03')).to.equal(false); // Goede Vrijdag
    expect(holidays(2025).has('2025-04-26')).to.equal(true); // 27 April 2025 was a Sunday
    expect(isNonWorkingDay('2026-04-03')).to.equal(false);
  });
  it('reminders count working days back, skipping weekends and holidays', () => {
    expect(workingDaysBefore('2027-01-04', 2)).to.equal('2026-12-30'); // skips 1 Jan, 2–3 Jan weekend
    expect(workingDaysBefore('2027-01-04', 10)).to.equal('2026-12-17'); // skips 25/26 Dec and weekends
  });
  it('overdue only after the deadline day ended in Dutch time (winter and summer time)', () => {
    expect(isOverdue('2027-01-04', new Date('2027-01-04T22:59:00Z'))).to.equal(false);
    expect(isOverdue('2027-01-04', new Date('2027-01-04T23:00:00.001Z'))).to.equal(true);
    expect(endOfDay('2026-07-01').toISOString()).to.equal('2026-07-01T21:59:59.999Z');
    expect(atLocalTime('2026-12-30', 8, 0).toISOString()).to.equal('2026-12-30T07:00:00.000Z');
    expect(localDate(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
  });
  it('expected jobs: reminders 10 and 2 working days before the decision deadline, then the deadline itself', () => {
    const c = {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'klacht',
      status: 'formeel',
      formalReceivedOn: '2026-11-20',
      decisionDeadline: '2027-01-04',
      noticeDeadline: '2026-12-18',
      hearing: null,
      outcome: null,
      notHandled: null,
    } as unknown as CaseRecord;
    const jobs = expectedJobs(c, { reminderWorkingDays: [10, 2] });
    const keys = jobs.map((j) => j.key);
    expect(keys).to.include.members([
      'reminder:decision:2027-01-04:10',
      'reminder:decision:2027-01-04:2',
      'deadline:decision:2027-01-04',
      'reminder:notice:2026-12-18:2',
    ]);
    expect(jobs.find((j) => j.key === 'reminder:decision:2027-01-04:2')!.due).to.equal('2026-12-30T07:00:00.000Z');
    expect(jobs.find((j) => j.key === 'deadline:decision:2027-01-04')!.due).to.equal('2027-01-04T23:00:00.000Z');
    // the notice date is only 4 weeks out: 10 working days before 18 Dec is 4 Dec, after receipt, so it is kept
    expect(keys).to.include('reminder:notice:2026-12-18:10');
    // once decided nothing is expected any more
    expect(expectedJobs({ ...c, status: 'afgehandeld' } as CaseRecord, { reminderWorkingDays: [10, 2] })).to.have.length(0);
  });
  it('TestClock moves', () => {
    const clock = new TestClock('2026-12-31T12:00:00Z');
    clock.advance(86_400_000);
    expect(localDate(clock.now())).to.equal('2027-01-01');
  });
});

describe('dialogs: free-text decision dates', () => {
  const today = '2026-11-20'; // a Friday
  const cases: Array<[string, string | null]> = [
    ['3 november', '2026-11-03'],
    ['het besluit is van 3 nov 2026', '2026-11-03'],
    ['3-11-2026', '2026-11-03'],
    ['03/11/26', '2026-11-03'],
    ['2026-11-03', '2026-11-03'],
    ['3/11', '2026-11-03'],
    ['15 december', '2025-12-15'], // still to come this year → last year
    ['gisteren', '2026-11-19'],
    ['eergisteren', '2026-11-18'],
    ['vandaag', '2026-11-20'],
    ['vorige week dinsdag', '2026-11-10'],
    ['afgelopen maandag', '2026-11-16'],
    ['2 weken geleden', '2026-11-06'],
    ['last Tuesday', '2026-11-17'],
    ['November 3, 2026', '2026-11-03'],
    ['31 februari', null],
    ['weet ik niet meer', null],
  ];
  for (const [text, want] of cases) {
    it(`"${text}" → ${want}`, () => expect(parseDutchDate(text, today)).to.equal(want));
  }
});

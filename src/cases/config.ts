import { z } from 'zod';

/**
 * Configuration of cases and the complaint procedure, merged into the service's configuration
 * schema (src/config.ts); every variable is documented in `.env.example`.
 */
export const caseConfigShape = {
  /** Awb 9:11 lid 1: weeks to decide on a formal complaint (six). */
  CASE_DECISION_WEEKS: z.coerce.number().int().min(1).max(52).default(6),
  /** Awb 9:11 lid 1: weeks when a complaints committee (afd. 9.3) advises (ten). */
  CASE_COMMITTEE_WEEKS: z.coerce.number().int().min(1).max(52).default(10),
  /** Whether this municipality has a complaints committee: formal complaints then get the longer term. */
  CASE_COMMITTEE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(false),
  /** Awb 9:11 lid 2: one extension of at most this many weeks (four). */
  CASE_EXTENSION_WEEKS: z.coerce.number().int().min(1).max(4).default(4),
  /** Reminders to the handler and coordinators, in working days before each deadline. */
  CASE_REMINDER_WORKING_DAYS: z
    .string()
    .regex(/^\d{1,2}(,\d{1,2})*$/, 'comma-separated working days, e.g. 10,2')
    .default('10,2')
    .transform((s) => [...new Set(s.split(',').map(Number))].sort((a, b) => b - a)),
  /** Days after an informal solution before the resident is asked whether it is really solved. */
  CASE_FOLLOWUP_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** Warn the resident when the bezwaar term ends within this many days. */
  CASE_BEZWAAR_WARN_DAYS: z.coerce.number().int().min(1).max(42).default(10),
  /** Awb 9:12 lid 2: the ombudsman named in every outcome letter. */
  OMBUDSMAN_NAME: z.string().min(1).default('de Nationale ombudsman'),
  OMBUDSMAN_CONTACT: z.string().min(1).default('www.nationaleombudsman.nl, telefoon 0800-33 55 555 (gratis)'),
};

/** The case settings as the case module receives them. */
export interface CaseSettings {
  decisionWeeks: number;
  committeeWeeks: number;
  committee: boolean;
  extensionWeeks: number;
  reminderWorkingDays: number[];
  followUpDays: number;
  bezwaarWarnDays: number;
  ombudsman: { name: string; contact: string };
  municipality: string;
}

import type { Migration } from '../store/migrations.js';

/**
 * Migration 3: cases (dossiers, DESIGN §3), their conversations, status history, notes, jobs
 * already run, and signals (themes with the decision taken about them).
 */
export const casesMigration: Migration = {
  version: 3,
  name: 'cases, case conversations, case events and notes, reference counters, signals',
  up: () => [
    // One counter row per year: `INSERT … ON CONFLICT DO UPDATE … RETURNING` is atomic, so
    // references are unique across every instance of the service.
    `CREATE TABLE case_reference_counters (
       year integer PRIMARY KEY,
       last integer NOT NULL)`,
    `CREATE TABLE cases (
       id uuid PRIMARY KEY,
       reference text NOT NULL UNIQUE,
       kind text NOT NULL CHECK (kind IN ('klacht', 'signaal', 'bezwaar')),
       status text NOT NULL DEFAULT 'ontvangen'
         CHECK (status IN ('ontvangen', 'informeel', 'opgelost', 'formeel', 'afgehandeld', 'ingetrokken')),
       bodies jsonb NOT NULL DEFAULT '[]'::jsonb,
       law jsonb NOT NULL DEFAULT '[]'::jsonb,
       team text,
       handler_agent_id uuid REFERENCES agents(id),
       resident_id uuid REFERENCES residents(id),
       channel text NOT NULL,
       lang text,
       summary text,
       received_at timestamptz NOT NULL,
       -- formal procedure (Awb ch. 9)
       formal_at timestamptz,
       formal_received_on date,
       formal_requested_by text,
       committee boolean NOT NULL DEFAULT false,
       extended boolean NOT NULL DEFAULT false,
       extension_reason text,
       decision_deadline date,
       notice_deadline date,
       hearing jsonb,
       outcome jsonb,
       outcome_at timestamptz,
       not_handled jsonb,
       -- bezwaar (Awb 6:7, 6:8)
       decision_date date,
       bezwaar_deadline date,
       -- follow-up after an informal solution
       solved_at timestamptz,
       follow_up_due timestamptz,
       follow_up_asked_at timestamptz,
       follow_up_conversation_id uuid,
       follow_up_result text,
       follow_up_at timestamptz,
       reopen_count integer NOT NULL DEFAULT 0,
       closed_at timestamptz,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE INDEX cases_status ON cases (status, decision_deadline)`,
    `CREATE INDEX cases_received ON cases (received_at)`,
    `CREATE TABLE case_conversations (
       case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
       conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
       linked_by text NOT NULL CHECK (linked_by IN ('handoff', 'reference', 'agent')),
       agent_id uuid REFERENCES agents(id),
       linked_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (case_id, conversation_id))`,
    `CREATE INDEX case_conversations_conv ON case_conversations (conversation_id)`,
    // Every status change and procedural step: who (agent, resident or system) and when.
    `CREATE TABLE case_events (
       id bigserial PRIMARY KEY,
       case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
       type text NOT NULL,
       from_status text,
       to_status text,
       actor text NOT NULL,
       agent_id uuid REFERENCES agents(id),
       data jsonb NOT NULL DEFAULT '{}'::jsonb,
       at timestamptz NOT NULL)`,
    `CREATE INDEX case_events_case ON case_events (case_id, id)`,
    `CREATE TABLE case_notes (
       id uuid PRIMARY KEY,
       case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
       agent_id uuid REFERENCES agents(id),
       kind text NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'hearing')),
       text text NOT NULL,
       at timestamptz NOT NULL)`,
    `CREATE INDEX case_notes_case ON case_notes (case_id, at)`,
    // Delayed jobs (reminders, deadlines, follow-ups) that have run: a job re-created by the
    // sweep or delivered twice by bull does its work once.
    `CREATE TABLE case_job_runs (
       job_key text PRIMARY KEY,
       case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
       ran_at timestamptz NOT NULL)`,
    // A recurring theme marked as a signal, with the decision taken about it (DESIGN §1 "learn").
    `CREATE TABLE case_signals (
       id uuid PRIMARY KEY,
       theme_key text NOT NULL,
       label text NOT NULL,
       case_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
       decision text NOT NULL,
       decided_by uuid REFERENCES agents(id),
       decided_at timestamptz NOT NULL)`,
  ],
};

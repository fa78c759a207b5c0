import type { Migration } from '../store/migrations.js';

/** Migration 4 (issue 6): audit log, anonymisation marks for retention and erasure. */
export const privacyMigration: Migration = {
  version: 4,
  name: 'audit log, retention and erasure marks',
  up: () => [
    // Who looked at or did what, for admins (DESIGN §6). Ids only, never message text.
    `CREATE TABLE audit_log (
       id bigserial PRIMARY KEY,
       at timestamptz NOT NULL DEFAULT now(),
       agent_id uuid REFERENCES agents(id),
       role text,
       action text NOT NULL,
       target_type text,
       target_id text,
       detail jsonb NOT NULL DEFAULT '{}'::jsonb)`,
    `CREATE INDEX audit_log_at ON audit_log (at DESC)`,
    `CREATE INDEX audit_log_target ON audit_log (target_type, target_id)`,
    `ALTER TABLE messages ADD COLUMN anonymised_at timestamptz`,
    `ALTER TABLE conversations ADD COLUMN anonymised_at timestamptz`,
    `CREATE INDEX messages_retention ON messages (created_at) WHERE anonymised_at IS NULL`,
  ],
};

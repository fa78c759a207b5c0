import { casesMigration } from '../cases/migration.js';
import { privacyMigration } from '../privacy/migration.js';

/**
 * Schema migrations, applied in order at start (see `openDb`). Never edit an applied migration:
 * add a new one. Statements run unqualified inside the configured schema (search_path).
 */
export interface Migration {
  version: number;
  name: string;
  up(schema: string): string[];
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'residents, agents, conversations, messages',
    up: () => [
      `CREATE TABLE residents (
         id uuid PRIMARY KEY,
         display_name text,
         created_at timestamptz NOT NULL DEFAULT now())`,
      // A channel address (wa_id, e-mail address, web chat user id) belongs to one resident.
      `CREATE TABLE resident_addresses (
         channel text NOT NULL,
         address text NOT NULL,
         resident_id uuid NOT NULL REFERENCES residents(id) ON DELETE CASCADE,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (channel, address))`,
      `CREATE TABLE agents (
         id uuid PRIMARY KEY,
         username text NOT NULL UNIQUE,
         display_name text NOT NULL,
         password_hash text NOT NULL,
         role text NOT NULL CHECK (role IN ('agent', 'coordinator', 'admin')),
         team text,
         disabled boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE conversations (
         id uuid PRIMARY KEY,
         channel text NOT NULL CHECK (channel IN ('whatsapp', 'webchat', 'email')),
         external_id text NOT NULL,
         resident_id uuid NOT NULL REFERENCES residents(id),
         address text NOT NULL,
         control text NOT NULL DEFAULT 'bot' CHECK (control IN ('bot', 'queued', 'agent', 'closed')),
         assigned_agent_id uuid REFERENCES agents(id),
         classification jsonb,
         urgency text,
         priority integer NOT NULL DEFAULT 0,
         team text,
         queued_at timestamptz,
         handoff_reason text,
         lang text,
         channel_state jsonb NOT NULL DEFAULT '{}'::jsonb,
         last_seq bigint NOT NULL DEFAULT 0,
         last_inbound_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (channel, external_id))`,
      `CREATE INDEX conversations_queue ON conversations (control, priority DESC, queued_at)`,
      `CREATE TABLE messages (
         id uuid PRIMARY KEY,
         conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
         seq bigint NOT NULL,
         direction text NOT NULL CHECK (direction IN ('in', 'out')),
         sender_role text NOT NULL CHECK (sender_role IN ('resident', 'bot', 'agent', 'system')),
         sender_name text,
         agent_id uuid REFERENCES agents(id),
         channel text NOT NULL,
         idempotency_key text NOT NULL UNIQUE,
         provider_message_id text,
         text text,
         activity jsonb NOT NULL,
         status text NOT NULL,
         status_detail text,
         attempts integer NOT NULL DEFAULT 0,
         reply_to_id uuid,
         created_at timestamptz NOT NULL DEFAULT now(),
         processed_at timestamptz,
         status_at timestamptz,
         lease_until timestamptz,
         UNIQUE (conversation_id, seq))`,
      `CREATE INDEX messages_provider_id ON messages (channel, provider_message_id)`,
      `CREATE INDEX messages_pending_in ON messages (conversation_id, seq) WHERE direction = 'in' AND processed_at IS NULL`,
      `CREATE INDEX messages_pending_out ON messages (status, created_at) WHERE direction = 'out'`,
      // Files the resident sent; content kept for inline (e-mail) attachments, a provider
      // reference (WhatsApp media id) otherwise.
      `CREATE TABLE attachments (
         id uuid PRIMARY KEY,
         message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
         content_type text NOT NULL,
         name text,
         size_bytes bigint,
         provider_ref text,
         meta jsonb NOT NULL DEFAULT '{}'::jsonb,
         content bytea,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX attachments_message ON attachments (message_id)`,
      // Who took which step in a conversation's handoff (audit trail).
      `CREATE TABLE conversation_events (
         id bigserial PRIMARY KEY,
         conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
         type text NOT NULL,
         agent_id uuid REFERENCES agents(id),
         data jsonb NOT NULL DEFAULT '{}'::jsonb,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX conversation_events_conv ON conversation_events (conversation_id, id)`,
    ],
  },
  {
    version: 2,
    name: 'presence, transfers, callbacks, canned answers, classification corrections, early statuses',
    up: () => [
      // Agent presence (issue 4 §5): online | away | offline, refreshed by the console's heartbeat.
      `ALTER TABLE agents ADD COLUMN presence text NOT NULL DEFAULT 'offline' CHECK (presence IN ('online', 'away', 'offline'))`,
      `ALTER TABLE agents ADD COLUMN presence_at timestamptz`,
      // Call-back requests left while nobody could take over (phone optional; never logged).
      `CREATE TABLE callback_requests (
         id uuid PRIMARY KEY,
         conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
         phone text,
         created_at timestamptz NOT NULL DEFAULT now(),
         handled_at timestamptz,
         handled_by uuid REFERENCES agents(id))`,
      `CREATE INDEX callback_requests_conv ON callback_requests (conversation_id)`,
      // Canned answers in B1 Dutch, managed by coordinators; team NULL = for everyone.
      `CREATE TABLE canned_answers (
         id uuid PRIMARY KEY,
         team text,
         title text NOT NULL,
         body text NOT NULL,
         created_by uuid REFERENCES agents(id),
         updated_at timestamptz NOT NULL DEFAULT now(),
         archived boolean NOT NULL DEFAULT false)`,
      `INSERT INTO canned_answers (id, team, title, body) VALUES
         ('00000000-0000-4000-8000-000000000001', NULL, 'Begroeting', 'Goedendag, ik ben medewerker van de gemeente. Ik heb uw bericht gelezen. Ik help u verder.'),
         ('00000000-0000-4000-8000-000000000002', NULL, 'Ik zoek het uit', 'Dank u voor uw uitleg. Ik ga dit voor u uitzoeken. Ik laat het u uiterlijk morgen weten.'),
         ('00000000-0000-4000-8000-000000000003', NULL, 'Terugbellen', 'Wilt u dat ik u bel? Stuur dan uw telefoonnummer en wanneer het u uitkomt.'),
         ('00000000-0000-4000-8000-000000000004', NULL, 'Afsluiten', 'Fijn dat het is opgelost. Heeft u later nog een vraag? Stuur dan gerust een nieuw bericht.')`,
      // Classification corrections by agents: training material for nlp (issue 3 §7).
      `CREATE TABLE classification_corrections (
         id uuid PRIMARY KEY,
         conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
         agent_id uuid NOT NULL REFERENCES agents(id),
         original jsonb,
         corrected jsonb NOT NULL,
         text text NOT NULL,
         subject text,
         model_version text,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX classification_corrections_conv ON classification_corrections (conversation_id, created_at)`,
      // Provider statuses that arrived before the send recorded the provider id (kept briefly).
      `CREATE TABLE early_statuses (
         id bigserial PRIMARY KEY,
         channel text NOT NULL,
         provider_message_id text NOT NULL,
         status text NOT NULL,
         detail text,
         at timestamptz NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX early_statuses_provider ON early_statuses (channel, provider_message_id)`,
    ],
  },
  casesMigration,
  privacyMigration,
  {
    version: 5,
    name: 'send attempts whose outcome is unknown',
    up: () => [
      // Set when a delivery attempt starts, cleared when its outcome is known (sent, or refused by
      // the provider). Still set after a crash or timeout: the provider may have accepted it.
      `ALTER TABLE messages ADD COLUMN send_started_at timestamptz`,
    ],
  },
  {
    version: 6,
    name: 'queued replies per conversation',
    up: () => [
      // A reply is leased only when no earlier reply of its conversation is still queued.
      `CREATE INDEX messages_queued_out ON messages (conversation_id, seq) WHERE direction = 'out' AND status = 'queued'`,
    ],
  },
  {
    version: 7,
    name: 'count of send attempts with an unknown outcome',
    up: () => [
      // How many attempts of a reply ended without knowing whether the provider took it: after
      // two the reply is not sent again (each resend could be another copy); an agent decides.
      `ALTER TABLE messages ADD COLUMN unknown_outcomes int NOT NULL DEFAULT 0`,
    ],
  },
  {
    version: 8,
    name: 'e-mail replies found by subject',
    up: () => [
      // A reply whose client dropped In-Reply-To is matched on sender and subject (messages.ts externalIdOf).
      `CREATE INDEX conversations_email_thread ON conversations (address, (channel_state->>'threadSubject')) WHERE channel = 'email'`,
    ],
  },
  {
    version: 9,
    name: 'early statuses keep their recipient',
    up: () => [
      // An e-mail report (DSN) applies only for the address the reply went to (applyStatus): a
      // report kept before markSent must keep that address, or it can never apply.
      `ALTER TABLE early_statuses ADD COLUMN recipient text`,
    ],
  },
];

import PostgresNIO
import StewardCore

/// The shared store's schema (spec 23.3), one numbered migration after another. A migration is
/// a list of statements (postgres-nio sends one statement per query), run in the transaction of
/// `PostgresDatabase.migrate`.
enum PostgresMigrations {
    struct Migration: Sendable {
        let version: Int
        let name: String
        let statements: [String]
    }

    /// Steward's advisory-lock class (`pg_advisory_xact_lock(7317, KEY)`); key 1: migrations,
    /// key 2: the budget.
    static let lockClass = 7317

    static let all: [Migration] = [
        Migration(version: 1, name: "queue, tasks, events, calls, schedules", statements: version1 + leaseCheck + eventNotify),
        Migration(version: 2, name: "proposal numbers", statements: proposalNumbers),
        Migration(version: 3, name: "claim tokens, lapsed cancels", statements: claimTokens),
        Migration(version: 4, name: "follow-ups of tasks ended elsewhere", statements: followUps),
    ]

    /// Spec 23.4 "Cancel", 23.6 "Run now": a task ended where no process can send its
    /// notification or run its `post-task` hooks (a cancel of a task whose lease lapsed, the
    /// next run ending a killed run-now's task, a claim whose answer was lost) is owed them
    /// (`follow_up_owed`); a claim takes what is owed under its token (`takeFollowUps`), so a
    /// retry after a lost answer finds what its lost try took.
    static let followUps = [
        "ALTER TABLE task ADD COLUMN follow_up_owed boolean NOT NULL DEFAULT false",
        "ALTER TABLE task ADD COLUMN follow_up_token text",
        "CREATE INDEX task_follow_up_owed ON task (finished) WHERE follow_up_owed",
        "CREATE INDEX task_follow_up_token ON task (follow_up_token) WHERE follow_up_token IS NOT NULL",
    ]

    /// Spec 23.8: the token a claim was made with, so a worker whose claim's answer was lost
    /// finds the task it holds (`claimRetrying`); spec 23.4: the running tasks whose cancel was
    /// asked for, which every claim looks at for a lapsed lease (`endLapsedCancels`).
    static let claimTokens = [
        "ALTER TABLE task_claim ADD COLUMN token text",
        "CREATE UNIQUE INDEX task_claim_token ON task_claim (token) WHERE token IS NOT NULL",
        "CREATE INDEX task_cancel_asked ON task (lease_until) WHERE status = 'running' AND cancel_requested",
    ]

    /// Spec 22.4 "Numbers": the last proposal number handed out (`takeProposalNumber`), one row
    /// made by the first take.
    static let proposalNumbers = [
        """
        CREATE TABLE proposal_number (
          only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
          last     integer NOT NULL CHECK (last > 0)
        )
        """
    ]

    static let version1 = [
        """
        CREATE TABLE workspace (
          only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
          root_commit text NOT NULL,
          recorded timestamptz NOT NULL DEFAULT clock_timestamp())
        """,
        """
        CREATE TABLE task (
          id text PRIMARY KEY, prompt text NOT NULL, agent text NOT NULL, agent_reason text NOT NULL DEFAULT '',
          status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'interrupted', 'cancelled')),
          proposal integer, revision_of integer, models text NOT NULL DEFAULT '',
          steps integer NOT NULL DEFAULT 0, input_tokens bigint NOT NULL DEFAULT 0, output_tokens bigint NOT NULL DEFAULT 0,
          cost_usd double precision NOT NULL DEFAULT 0,
          queued timestamptz NOT NULL DEFAULT clock_timestamp(), started timestamptz, finished timestamptz, summary text, error text,
          main_commit text, requires text[] NOT NULL DEFAULT '{}',
          fence bigint NOT NULL DEFAULT 0, worker text, lease_until timestamptz,
          cancel_requested boolean NOT NULL DEFAULT false)
        """,
        "CREATE INDEX task_queue ON task (queued, id) WHERE status IN ('queued', 'running')",
        """
        CREATE TABLE task_step (
          task text NOT NULL REFERENCES task(id) ON DELETE CASCADE, idx integer NOT NULL,
          date timestamptz NOT NULL, kind text NOT NULL, model text, name text,
          input text NOT NULL, output text NOT NULL, ok boolean NOT NULL,
          input_tokens bigint NOT NULL, output_tokens bigint NOT NULL, cost_usd double precision NOT NULL, ms double precision NOT NULL,
          fence bigint NOT NULL,
          PRIMARY KEY (task, idx))
        """,
        """
        CREATE TABLE task_claim (
          task text NOT NULL REFERENCES task(id) ON DELETE CASCADE, fence bigint NOT NULL, worker text NOT NULL,
          claimed timestamptz NOT NULL DEFAULT clock_timestamp(), previous_worker text,
          PRIMARY KEY (task, fence))
        """,
        """
        CREATE TABLE task_event (
          id bigserial PRIMARY KEY, task text NOT NULL REFERENCES task(id) ON DELETE CASCADE, fence bigint NOT NULL,
          date timestamptz NOT NULL DEFAULT clock_timestamp(), kind text NOT NULL, json text NOT NULL)
        """,
        "CREATE INDEX task_event_on_task ON task_event (task, id)",
        """
        CREATE TABLE model_call (
          id bigserial PRIMARY KEY, date timestamptz NOT NULL, purpose text NOT NULL, model_name text NOT NULL,
          provider text NOT NULL, model text NOT NULL, cloud boolean NOT NULL, outcome text NOT NULL, reason text,
          input_tokens bigint NOT NULL, output_tokens bigint NOT NULL, cost_usd double precision NOT NULL,
          latency_ms double precision NOT NULL, first_token_ms double precision, task text, machine text)
        """,
        "CREATE INDEX model_call_on_date ON model_call (date)",
        "CREATE INDEX model_call_cloud ON model_call (date) WHERE cloud",
        """
        CREATE TABLE budget_reservation (
          id bigserial PRIMARY KEY, task text, fence bigint, model_name text NOT NULL,
          max_usd double precision NOT NULL CHECK (max_usd >= 0),
          reserved timestamptz NOT NULL DEFAULT clock_timestamp(), settled timestamptz, call bigint REFERENCES model_call(id))
        """,
        "CREATE INDEX budget_open ON budget_reservation (reserved) WHERE settled IS NULL",
        """
        CREATE TABLE schedule (
          id bigserial PRIMARY KEY, cron text NOT NULL, zone text NOT NULL, prompt text NOT NULL, agent text,
          catch_up boolean NOT NULL, created timestamptz NOT NULL, last_run timestamptz, last_task text)
        """,
        """
        CREATE TABLE schedule_run (
          schedule bigint NOT NULL REFERENCES schedule(id) ON DELETE CASCADE, due timestamptz NOT NULL, task text,
          machine text NOT NULL, claimed timestamptz NOT NULL DEFAULT clock_timestamp(),
          PRIMARY KEY (schedule, due))
        """,
    ]

    /// Spec 23.4: a step or an event of a task the queue handed out (its fence above 0) is written
    /// only by the holder of its current lease; one of a task run outside the queue (fence 0,
    /// `steward run` on one machine) only with fence 0. The task row is read `FOR SHARE`, so a
    /// claim in flight is waited for and its new fence seen.
    static let leaseCheck = [
        """
        CREATE FUNCTION steward_check_lease() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE t record;
        BEGIN
          SELECT status, fence, lease_until INTO t FROM task WHERE id = NEW.task FOR SHARE;
          IF NOT FOUND OR (t.fence = 0 AND NEW.fence = 0) THEN
            RETURN NEW;  -- no task: the foreign key refuses it
            RETURN NEW;
          ELSIF t.fence <> NEW.fence THEN
            RAISE EXCEPTION USING ERRCODE = 'SL001',
              MESSAGE = format('lease lost: task %s is held under fence %s, this write carries %s', NEW.task, t.fence, NEW.fence);
          ELSIF t.status <> 'running' THEN
            RAISE EXCEPTION USING ERRCODE = 'SL001', MESSAGE = format('lease lost: task %s is %s, not running', NEW.task, t.status);
          ELSIF t.lease_until <= clock_timestamp() THEN
            RAISE EXCEPTION USING ERRCODE = 'SL001',
              MESSAGE = format('lease lost: the lease of task %s under fence %s expired at %s', NEW.task, t.fence, t.lease_until);
          END IF;
          RETURN NEW;
        END $$
        """,
        "CREATE TRIGGER task_step_lease BEFORE INSERT OR UPDATE ON task_step FOR EACH ROW EXECUTE FUNCTION steward_check_lease()",
        // Events by no worker (queued, a cancel asked for) carry fence 0 and are not checked.
        """
        CREATE TRIGGER task_event_lease BEFORE INSERT ON task_event FOR EACH ROW WHEN (NEW.fence <> 0)
          EXECUTE FUNCTION steward_check_lease()
        """,
    ]

    /// Spec 23.5: every event is announced on `steward_task_event` as `TASK-ID EVENT-ID`.
    static let eventNotify = [
        """
        CREATE FUNCTION steward_notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('steward_task_event', NEW.task || ' ' || NEW.id);
          RETURN NULL;
        END $$
        """,
        "CREATE TRIGGER task_event_notify AFTER INSERT ON task_event FOR EACH ROW EXECUTE FUNCTION steward_notify_event()",
    ]
}

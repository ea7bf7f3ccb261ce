import Foundation
import StewardCore

/// The rows `importHistory` sends, as JSON objects whose keys are the columns
/// (`jsonb_to_recordset`; the property names in snake case); dates as ISO 8601 with milliseconds, as SQLite keeps them.
struct ImportedTask: Encodable {
    let id, prompt, agent, agentReason, status, models: String
    let proposal, revisionOf: Int?
    let steps, inputTokens, outputTokens: Int
    let costUsd: Double
    let started: Date
    let finished: Date?
    let summary, error: String?

    init(_ t: TaskRecord) {
        (id, prompt, agent, agentReason, status, models) = (
            t.id, t.prompt, t.agent, t.agentReason, t.status.rawValue, t.models.joined(separator: ",")
        )
        (proposal, revisionOf, steps, inputTokens, outputTokens) = (t.proposal, t.revisionOf, t.steps, t.inputTokens, t.outputTokens)
        (costUsd, started, finished, summary, error) = (t.costUSD, t.started, t.finished, t.summary, t.error)
    }
}

struct ImportedStep: Encodable {
    let task, kind, input, output: String
    let idx, inputTokens, outputTokens: Int
    let date: Date
    let model, name: String?
    let ok: Bool
    let costUsd, ms: Double

    init(_ s: TaskStepRecord) {
        (task, kind, input, output, idx, inputTokens, outputTokens) = (
            s.task, s.kind.rawValue, s.input, s.output, s.index, s.inputTokens, s.outputTokens
        )
        (date, model, name, ok, costUsd, ms) = (s.date, s.model, s.name, s.ok, s.costUSD, s.ms)
    }
}

struct ImportedCall: Encodable {
    let date: Date
    let purpose, modelName, provider, model, outcome: String
    let cloud: Bool
    let reason, machine, task: String?
    let inputTokens, outputTokens: Int
    let costUsd, latencyMs: Double
    let firstTokenMs: Double?

    init(_ m: ModelCallRecord, machine: String?) {
        (date, purpose, modelName, provider, model, outcome, cloud) = (m.date, m.purpose, m.modelName, m.provider, m.model, m.outcome, m.cloud)
        // A call recorded since calls name their machine keeps it.
        (reason, self.machine, task, inputTokens, outputTokens) = (m.reason, m.machine ?? machine, m.task, m.inputTokens, m.outputTokens)
        (costUsd, latencyMs, firstTokenMs) = (m.costUSD, m.latencyMs, m.firstTokenMs)
    }
}

struct ImportedSchedule: Encodable {
    let cron, zone, prompt: String
    let agent, lastTask: String?
    let catchUp: Bool
    let created: Date
    let lastRun: Date?

    init(_ s: ScheduleRecord) {
        (cron, zone, prompt, agent, lastTask) = (s.cron, s.timeZone, s.task, s.agent, s.lastTask)
        (catchUp, created, lastRun) = (s.catchUp, s.created, s.lastRun)
    }
}

/// The statements of `importHistory`: each inserts what is not there yet from one JSON array
/// and returns how many rows it inserted.
enum ImportSQL {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)))
        }
        return e
    }()

    static let tasks = """
        WITH added AS (
          INSERT INTO task (id, prompt, agent, agent_reason, status, proposal, revision_of, models, steps, input_tokens, output_tokens,
            cost_usd, queued, started, finished, summary, error)
          SELECT id, prompt, agent, agent_reason, status, proposal, revision_of, models, steps, input_tokens, output_tokens,
            cost_usd, started, started, finished, summary, error
          FROM jsonb_to_recordset($1::jsonb) AS x(id text, prompt text, agent text, agent_reason text, status text, proposal integer,
            revision_of integer, models text, steps integer, input_tokens bigint, output_tokens bigint, cost_usd float8, started timestamptz,
            finished timestamptz, summary text, error text)
          ON CONFLICT (id) DO NOTHING RETURNING 1)
        SELECT count(*) FROM added
        """

    /// Only into a task no worker holds (fence 0): an imported task's.
    static let steps = """
        WITH added AS (
          INSERT INTO task_step (task, idx, date, kind, model, name, input, output, ok, input_tokens, output_tokens, cost_usd, ms, fence)
          SELECT x.task, idx, date, kind, model, name, input, output, ok, input_tokens, output_tokens, cost_usd, ms, 0
          FROM jsonb_to_recordset($1::jsonb) AS x(task text, idx integer, date timestamptz, kind text, model text, name text, input text,
            output text, ok boolean, input_tokens bigint, output_tokens bigint, cost_usd float8, ms float8)
          WHERE EXISTS (SELECT 1 FROM task t WHERE t.id = x.task AND t.fence = 0)
          ON CONFLICT (task, idx) DO NOTHING RETURNING 1)
        SELECT count(*) FROM added
        """

    static let calls = """
        WITH added AS (
          INSERT INTO model_call (date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens, cost_usd,
            latency_ms, first_token_ms, machine, task)
          SELECT date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens, cost_usd, latency_ms,
            first_token_ms, machine, task
          FROM jsonb_to_recordset($1::jsonb) AS x(date timestamptz, purpose text, model_name text, provider text, model text, cloud boolean,
            outcome text, reason text, input_tokens bigint, output_tokens bigint, cost_usd float8, latency_ms float8, first_token_ms float8,
            machine text, task text)
          WHERE NOT EXISTS (
            SELECT 1 FROM model_call m WHERE m.date = x.date AND m.model_name = x.model_name AND m.purpose = x.purpose
              AND m.outcome = x.outcome AND m.input_tokens = x.input_tokens AND m.output_tokens = x.output_tokens AND m.cost_usd = x.cost_usd)
          RETURNING cloud, cost_usd)
        SELECT count(*), coalesce(sum(cost_usd) FILTER (WHERE cloud), 0)::float8 FROM added
        """

    static let schedules = """
        WITH added AS (
          INSERT INTO schedule (cron, zone, prompt, agent, catch_up, created, last_run, last_task)
          SELECT cron, zone, prompt, agent, catch_up, created, last_run, last_task
          FROM jsonb_to_recordset($1::jsonb) AS x(cron text, zone text, prompt text, agent text, catch_up boolean, created timestamptz,
            last_run timestamptz, last_task text)
          WHERE NOT EXISTS (
            SELECT 1 FROM schedule s WHERE s.cron = x.cron AND s.zone = x.zone AND s.prompt = x.prompt
              AND s.agent IS NOT DISTINCT FROM x.agent AND s.created = x.created)
          RETURNING 1)
        SELECT count(*) FROM added
        """
}

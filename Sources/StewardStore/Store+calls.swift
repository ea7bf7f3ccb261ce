import Foundation
import GRDB
import StewardCore

// Model calls: the ledger the router records to and reads cool-downs and cloud spend from.

extension Store {
    public func record(_ c: ModelCallRecord) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO modelCall (date, purpose, modelName, provider, model, cloud, outcome, reason, inputTokens, outputTokens, costUSD, latencyMs, firstTokenMs)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    c.date, c.purpose, c.modelName, c.provider, c.model, c.cloud, c.outcome, c.reason, c.inputTokens, c.outputTokens, c.costUSD,
                    c.latencyMs, c.firstTokenMs,
                ])
        }
    }

    public func cloudSpend(since date: Date) throws -> Double {
        try pool.read { db in
            try Double.fetchOne(db, sql: "SELECT COALESCE(SUM(costUSD), 0) FROM modelCall WHERE cloud = 1 AND date >= ?", arguments: [date]) ?? 0
        }
    }

    public func lastFailure(of modelName: String) throws -> Date? {
        try pool.read { db in
            // A later success ends the cool-down.
            try Date.fetchOne(
                db,
                sql: """
                    SELECT MAX(date) FROM modelCall WHERE modelName = ? AND outcome = 'failed'
                      AND date > COALESCE((SELECT MAX(date) FROM modelCall WHERE modelName = ? AND outcome = 'ok'), 0)
                    """, arguments: [modelName, modelName])
        }
    }

    /// Recorded calls, newest last.
    public func modelCalls(limit: Int = 100) throws -> [ModelCallRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM (SELECT * FROM modelCall ORDER BY id DESC LIMIT ?) ORDER BY id", arguments: [limit]).map { row in
                ModelCallRecord(
                    date: row["date"], purpose: row["purpose"], modelName: row["modelName"], provider: row["provider"], model: row["model"],
                    cloud: row["cloud"],
                    outcome: row["outcome"], reason: row["reason"], inputTokens: row["inputTokens"], outputTokens: row["outputTokens"],
                    costUSD: row["costUSD"],
                    latencyMs: row["latencyMs"], firstTokenMs: row["firstTokenMs"])
            }
        }
    }
}

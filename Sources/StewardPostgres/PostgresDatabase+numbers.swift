import PostgresNIO
import StewardCore

/// Proposal numbers from the shared database (spec 22.4, "Numbers"; 23.3, migration 2): the
/// workers of every machine take distinct numbers here, so their pushes do not race for the
/// same `proposals/N` on the remote. The remote's create-only claim still decides.
extension PostgresDatabase {
    /// The next proposal number: one more than the last this database gave, or `atLeast` when
    /// that is higher (the caller's highest known claim + 1: numbers taken on the remote without
    /// the database, which the counter then moves past). One statement, committed at once: no
    /// two callers get the same number, and one given to a process that then died is a gap,
    /// never given again.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func takeProposalNumber(atLeast: Int) async throws -> Int {
        let number = try await one(
            """
            INSERT INTO proposal_number (last) VALUES (\(atLeast))
            ON CONFLICT (only_row) DO UPDATE SET last = greatest(proposal_number.last + 1, excluded.last) RETURNING last
            """, as: Int.self, doing: "taking a proposal number")
        guard let number else { throw PostgresStoreError(.query, "taking a proposal number at \(url): the database returned no number") }
        return number
    }
}

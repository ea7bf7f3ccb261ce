import Foundation
import StewardJSON

/// A new row for a Markdown table (issue 19): the cells asked of the model, one property per
/// column, with the table's header and rows shown, when the task does not write the row out
/// ("I've just read the electricity meter: 48213 on the fourteenth of March … add it to the
/// top of the readings table"). Added at the end, or first under the header (`aboveFirstRow`).
extension AgentLoop {
    /// The columns of the Markdown table `text` ends with (a header, its separator and a row at
    /// least), or nil.
    static func tableColumns(_ text: String) -> [String]? {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let last = lines.last, last.hasPrefix("|") else { return nil }
        let table = Array(lines.reversed().prefix { $0.hasPrefix("|") }.reversed())
        guard table.count >= 3 else { return nil }
        let columns = table[0].trimmingCharacters(in: CharacterSet(charactersIn: "| ")).components(separatedBy: "|").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return columns.count >= 2 && !columns.contains(where: \.isEmpty) ? columns : nil
    }

    /// The new row's cells, asked as one string property per column (its header the key), the
    /// table shown (header, separator, its first three rows); nil when a cell is empty or holds
    /// a bar, or when the task gives numbers and the row has none of them.
    func tableRowAsked(_ columns: [String], path: String, text: String, task: String, words: String, _ state: inout LoopState) async -> String? {
        let table = text.split(separator: "\n").map(String.init).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
        let q = FormQuestion(
            system: "You add a row to a table as the person asks. Write each cell of the new row from the task, like the rows there. "
                + "Reply with JSON {" + columns.map { JSONValue.string($0).jsonText + ": CELL" }.joined(separator: ", ") + "}.",
            user: "Table in \(path):\n" + table.prefix(5).joined(separator: "\n") + "\n\nTask: " + task,
            schema: FormQuestion.object(columns.map { ($0, .object(["type": "string", "pattern": "^[^|\\n]{1,60}$", "maxLength": .number(60)])) }),
            maxTokens: 16 + 24 * columns.count)
        guard let answer = await form(q, &state) else { return nil }
        let cells = columns.compactMap { answer[$0]?.string?.trimmingCharacters(in: .whitespaces) }
        guard cells.count == columns.count, !cells.contains(where: { $0.isEmpty || $0.contains("|") }) else { return nil }
        // The task's own figures are in it (not a row copied from the table).
        let given = Self.givenNumbers(in: words)
        guard given.isEmpty || given.contains(where: { n in cells.contains { Self.hasNumber(n, in: $0) } }) else { return nil }
        return "| " + cells.joined(separator: " | ") + " |"
    }
}

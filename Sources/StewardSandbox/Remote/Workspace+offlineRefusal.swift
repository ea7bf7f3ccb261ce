import StewardCore

extension Workspace {
    /// What refuses a step that needs a number when it is given offline proposal J (spec 22.4):
    /// every decision, whatever is pushed under a number. The CLI exits 4; the API answers 409.
    public static func noNumberYet(_ j: Int) -> StewardError {
        .conflict("o\(j) has no number yet; run 'steward sync' (it numbers proposals made while the remote did not answer)")
    }
}

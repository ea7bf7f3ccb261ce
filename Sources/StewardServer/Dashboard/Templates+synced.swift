/// What a list's catch-up with the remote had to say (spec 22.6; `ListingCatchUps`): how old
/// the list is when the remote did not answer (the sentence `review` prints on stderr), and
/// what the catch-up kept local or found merged outside Steward. Nothing without a remote.
extension Templates {
    static let synced = """
        {{#notSynced}}<p class="message" role="status" id="not-synced">{{notSynced}}</p>{{/notSynced}}
        {{#syncNotes}}<p class="message" role="status">note: {{.}}</p>{{/syncNotes}}
        """
}

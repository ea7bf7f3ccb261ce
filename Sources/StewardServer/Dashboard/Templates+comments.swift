/// The proposal page's comments (`CommentsView`): one comment, and the form under a line or a
/// file. Both are used inside rows and sections, so they read the page's values (`number`,
/// `csrf`, `head`, `split`, `form…`) from the enclosing context.
extension Templates {
    static let comment = """
        <article class="comment" id="{{commentAnchor}}" aria-label="{{label}} by {{author}}"><p class="comment-meta"><strong>{{author}}</strong> · {{name}} · <time datetime="{{date}}">{{date}}</time> · <span class="state">{{state}}</span>{{#resolved}} by {{resolvedBy}}{{/resolved}}{{^outdated}} · <span class="wrap">{{place}}</span>{{/outdated}}</p>
        {{#outdated}}<p class="earlier">{{earlier}}{{#hasLineText}} <code class="fl">{{lineText}}</code>{{/hasLineText}}</p>{{/outdated}}
        <div class="comment-text">{{#lines}}<span class="fl">{{.}}</span>{{/lines}}</div>
        {{#hasChanged}}<p class="hint">Changed since: {{changed}}</p>{{/hasChanged}}
        {{#open}}<form method="post" action="/proposals/{{number}}/comments/{{id}}/resolve" class="resolve"><input type="hidden" name="csrf" value="{{csrf}}">{{#split}}<input type="hidden" name="view" value="split">{{/split}}<button id="resolve-{{id}}">Resolve<span class="sr"> comment {{id}}</span></button></form>{{/open}}</article>
        """

    static let commentForm = """
        <form method="post" action="/proposals/{{number}}/comments" class="comment-form" id="comment-form"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="head" value="{{head}}"><input type="hidden" name="path" value="{{formPath}}"><input type="hidden" name="side" value="{{formSide}}"><input type="hidden" name="line" value="{{formLine}}">{{#split}}<input type="hidden" name="view" value="split">{{/split}}
        <label for="comment-text">Comment on {{formLabel}}</label><textarea id="comment-text" name="text" rows="3" required></textarea>
        <p class="actions"><button id="comment-submit" class="primary">Comment</button> <a class="button" href="{{formCancel}}">Cancel</a></p></form>
        """
}

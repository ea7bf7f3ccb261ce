/// The dashboard's templates (swift-mustache; `{{x}}` is HTML-escaped), stylesheet and script.
enum Templates {
    static let all: [String: String] = [
        "head": head, "foot": foot, "login": login, "proposals": proposals, "proposal": proposal, "tasks": tasks, "task": task,
        "audit": audit, "skills": skills, "models": models, "schedules": schedules,
    ]

    static let head = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Steward</title><link rel="stylesheet" href="/style.css"></head><body>
        <header><strong>Steward</strong>
        <nav><a href="/proposals">Proposals</a> <a href="/tasks">Tasks</a> <a href="/audit">Audit</a> <a href="/skills">Skills</a> <a href="/models">Models</a> <a href="/schedules">Schedules</a></nav>
        {{#csrf}}<form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button>Log out</button></form>{{/csrf}}
        </header><main>
        """
    static let foot = """
        </main><footer>Nothing an agent does takes effect until you approve it; anything approved can be rolled back.</footer>
        <script src="/live.js"></script></body></html>
        """

    static let login = """
        {{> head}}
        <h1>Log in</h1>
        {{#error}}<p class="error">{{error}}</p>{{/error}}
        <form method="post" action="/login"><label>Owner's token <input type="password" name="token" autocomplete="off" autofocus></label>
        <button id="login">Log in</button></form>
        <p class="hint">Run <code>steward token</code> to print it.</p>
        {{> foot}}
        """

    static let proposals = """
        {{> head}}
        <h1>Pending proposals</h1>
        {{#none}}<p>No pending proposals.</p>{{/none}}
        <table>{{^none}}<tr><th>#</th><th>Kind</th><th>Title</th><th>Agent</th><th>Files</th><th>+/-</th></tr>{{/none}}
        {{#proposals}}<tr><td><a href="/proposals/{{number}}" class="proposal-link">#{{number}}</a></td><td class="kind">{{kind}}</td><td>{{title}}</td><td>{{agent}}</td><td>{{files}}</td><td><span class="add">+{{additions}}</span> <span class="del">-{{deletions}}</span></td></tr>{{/proposals}}
        </table>
        {{> foot}}
        """

    static let proposal = """
        {{> head}}
        <h1>#{{number}} {{title}}</h1>
        {{#message}}<p class="message" id="message">{{message}}</p>{{/message}}
        <p>By {{agent}} · {{kind}} · status <strong id="status">{{status}}</strong> · head <code>{{head}}</code></p>
        {{#pending}}
        <form method="post" action="/proposals/{{number}}/approve" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="head" value="{{head}}">
        <label><input type="checkbox" name="acceptRisks"> I read the flagged risks</label> <button id="approve">Approve</button></form>
        <form method="post" action="/proposals/{{number}}/reject" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
        <input name="reason" placeholder="Why (optional)"> <button id="reject">Reject</button></form>
        {{/pending}}
        {{#undoable}}<form method="post" action="/proposals/{{number}}/rollback" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
        <input name="reason" placeholder="Why (optional)"> <button id="rollback">Roll back</button></form>{{/undoable}}
        <pre class="diff">{{#lines}}<span class="{{cls}}">{{text}}</span>
        {{/lines}}</pre>
        {{> foot}}
        """

    static let tasks = """
        {{> head}}
        <h1>Tasks</h1>
        <form method="post" action="/tasks"><input type="hidden" name="csrf" value="{{csrf}}">
        <input name="task" placeholder="A task, in your words" size="60"> <select name="agent"><option value="">any agent</option><option>code</option><option>research</option><option>fileops</option></select>
        <button>Start</button></form>
        <table><tr><th>Task</th><th>Status</th><th>Agent</th><th>Steps</th><th>Proposal</th><th>Prompt</th></tr>
        {{#tasks}}<tr><td><a href="/tasks/{{id}}">{{id}}</a></td><td>{{status}}</td><td>{{agent}}</td><td>{{steps}}</td><td>{{proposal}}</td><td>{{prompt}}</td></tr>{{/tasks}}
        </table>
        {{> foot}}
        """

    static let task = """
        {{> head}}
        <h1>Task {{id}}</h1>
        <p>{{prompt}}</p><p>Status: <strong id="task-status">{{status}}</strong> {{#hasProposal}}· <a href="/proposals/{{proposal}}">proposal #{{proposal}}</a>{{/hasProposal}}</p>
        {{#live}}<ol id="live" data-task="{{id}}"></ol>{{/live}}
        <table>{{#steps}}<tr><td>{{kind}}</td><td>{{name}}</td><td>{{#ok}}✓{{/ok}}{{^ok}}✗{{/ok}}</td><td>{{output}}</td></tr>{{/steps}}</table>
        {{> foot}}
        """

    static let audit = """
        {{> head}}
        <h1>Audit trail</h1>
        <table><tr><th>When</th><th>Event</th><th>#</th><th>By</th><th>Title</th></tr>
        {{#events}}<tr><td>{{date}}</td><td>{{kind}}</td><td><a href="/proposals/{{proposal}}">#{{proposal}}</a></td><td>{{actor}}</td><td>{{title}}</td></tr>{{/events}}
        </table>
        {{> foot}}
        """

    static let skills = """
        {{> head}}
        <h1>Skills</h1>
        {{#none}}<p>No skills yet.</p>{{/none}}
        <table>{{#skills}}<tr><td>{{name}}</td><td>{{#valid}}ok{{/valid}}{{^valid}}invalid{{/valid}}{{#risks}} · {{risks}} risk(s) flagged{{/risks}}</td><td>{{description}}</td></tr>{{/skills}}</table>
        {{> foot}}
        """

    static let models = """
        {{> head}}
        <h1>Models and spend</h1>
        <p>Cloud spend today ${{today}} of ${{dailyCap}}; this month ${{month}} of ${{monthlyCap}}.</p>
        <div class="chart" aria-label="cloud spend per day, last 30 days">{{#bars}}<div class="bar" title="{{date}}: ${{usd}}" data-h="{{height}}"></div>{{/bars}}</div>
        <table><tr><th>Name</th><th>Provider</th><th>Model</th><th>URL</th><th>Cloud</th></tr>
        {{#models}}<tr><td>{{name}}</td><td>{{provider}}</td><td>{{model}}</td><td>{{url}}</td><td>{{#cloud}}yes{{/cloud}}{{^cloud}}no{{/cloud}}</td></tr>{{/models}}</table>
        <h2>The workspace on disk</h2>
        <p id="disk-total">{{diskTotal}} in all (as <code>steward doctor</code> says it).</p>
        <table id="disk"><tr><th>Part</th><th>Count</th><th>Size</th></tr>
        {{#disk}}<tr><td>{{part}}</td><td>{{count}}</td><td>{{bytes}}</td></tr>{{/disk}}</table>
        {{> foot}}
        """

    static let schedules = """
        {{> head}}
        <h1>Schedules</h1>
        {{#none}}<p>No schedules. <code>steward schedule add "0 8 * * 1-5" "Summarise new notes"</code> adds one.</p>{{/none}}
        <table>{{#schedules}}<tr><td>{{id}}</td><td><code>{{cron}}</code> {{zone}}</td><td>{{task}}</td><td>next {{next}}</td><td>{{#last}}last <a href="/tasks/{{last}}">{{last}}</a>{{/last}}</td></tr>{{/schedules}}</table>
        {{> foot}}
        """

    static let css = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
        header{display:flex;gap:1.5em;align-items:center;padding:.6em 1.2em;background:#1d3557;color:#fff}
        header a{color:#fff;margin-right:1em}main{padding:1em 1.5em}footer{padding:1em 1.5em;color:#666;font-size:13px}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
        .diff{background:#fff;border:1px solid #ddd;padding:.6em;overflow:auto}.diff .add{color:#116329;background:#e6ffec}.diff .del{color:#82071e;background:#ffebe9}
        .diff .hunk{color:#0550ae}.diff .file{font-weight:bold}.add{color:#116329}.del{color:#82071e}
        .inline{display:inline-block;margin-right:1em}.error{color:#82071e}.message{background:#fff8c5;padding:.5em}
        .chart{display:flex;align-items:flex-end;gap:2px;height:100px;border-bottom:1px solid #999;margin:1em 0}.bar{flex:1;background:#457b9d;min-height:1px}
        """

    /// Live task progress over SSE, and the spend chart's bar heights (no inline script or
    /// style: the content policy allows neither). An event is shown by its `display` field,
    /// which the server escaped (`Escape.inline`); the script never shows raw event data.
    static let js = """
        document.querySelectorAll('.bar').forEach(function(b){b.style.height=(b.dataset.h||0)+'%';});
        var live=document.getElementById('live');
        if(live){var es=new EventSource('/api/v1/tasks/'+live.dataset.task+'/events');
        es.onmessage=function(){};
        ['agent','trying','tool','result','correction','gave-up','proposal','failed','skipped'].forEach(function(k){es.addEventListener(k,function(e){
        var d=JSON.parse(e.data),li=document.createElement('li');li.textContent=d.display||k;live.appendChild(li);});});
        es.addEventListener('end',function(e){var d=JSON.parse(e.data);document.getElementById('task-status').textContent=d.status;es.close();setTimeout(function(){location.reload();},500);});}
        """
}

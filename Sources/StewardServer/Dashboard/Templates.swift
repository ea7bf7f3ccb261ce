/// The dashboard's templates (swift-mustache; `{{x}}` is HTML-escaped), stylesheet and script.
enum Templates {
    static let all: [String: String] = [
        "head": head, "foot": foot, "seg": seg, "login": login, "error": error, "proposals": proposals, "proposal": proposal, "comment": comment,
        "commentform": commentForm, "synced": synced, "tasks": tasks, "task": task,
        "audit": audit, "skills": skills, "models": models, "schedules": schedules,
    ]

    /// Every page names itself in its title (`pageTitle`); the signed-in header shows the
    /// pending count on every page.
    static let head = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{pageTitle}} · Steward</title><link rel="stylesheet" href="/style.css"></head><body>
        <a class="skip" href="#main">Skip to the content</a>
        <header><a class="brand" href="/proposals">Steward</a>
        {{#signedIn}}<nav aria-label="Pages"><a href="/proposals"{{#current_proposals}} aria-current="page"{{/current_proposals}}>Proposals <span class="count" id="pending-count">{{pendingCount}} pending</span></a><a href="/tasks"{{#current_tasks}} aria-current="page"{{/current_tasks}}>Tasks</a><a href="/audit"{{#current_audit}} aria-current="page"{{/current_audit}}>Audit</a><a href="/skills"{{#current_skills}} aria-current="page"{{/current_skills}}>Skills</a><a href="/models"{{#current_models}} aria-current="page"{{/current_models}}>Models</a><a href="/schedules"{{#current_schedules}} aria-current="page"{{/current_schedules}}>Schedules</a></nav>
        <form method="post" action="/logout" class="logout"><input type="hidden" name="csrf" value="{{csrf}}"><button>Log out</button></form>{{/signedIn}}
        </header><main id="main">
        """
    static let foot = """
        </main><footer>Nothing an agent does takes effect until you approve it; anything approved can be rolled back.</footer>
        <script src="/live.js"></script></body></html>
        """

    /// One piece of a diff line (`DiffView.segments`): tabs are tabs, white space at the end of
    /// a line is marked. No new line at the end: it is used inside a line.
    static let seg =
        #"{{#plain}}{{text}}{{/plain}}{{#tab}}<span class="tab" title="tab">&#9;</span>{{/tab}}{{#trailTab}}<span class="tab trail" title="tab at the end of the line">&#9;</span>{{/trailTab}}{{#trailSpace}}<span class="trail" title="white space at the end of the line">{{text}}</span>{{/trailSpace}}"#

    static let login = """
        {{> head}}
        <h1>Log in</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        {{#expired}}<p class="message" role="status">Log in to go back to the page you were on.</p>{{/expired}}
        <form method="post" action="/login" class="stack">{{#next}}<input type="hidden" name="next" value="{{next}}">{{/next}}
        <label for="token">Owner's token</label><input type="password" id="token" name="token" autocomplete="current-password" autofocus>
        <button id="login" class="primary">Log in</button></form>
        <p class="hint">Run <code>steward token</code> to print it.</p>
        {{> foot}}
        """

    /// A refused or failed request, as a page a person can act on (`Dashboard.errorPage`).
    static let error = """
        {{> head}}
        <h1>{{heading}}</h1>
        <p class="error" role="alert" id="error-message">{{message}}</p>
        {{#reference}}<p>The server's log has the details under reference <code>{{reference}}</code>.</p>{{/reference}}
        <p class="actions">{{#reload}}<a class="button primary" id="reload" href="{{reload}}">Reload the proposal</a> {{/reload}}{{#login}}<a class="button primary" id="login-again" href="{{login}}">Log in again</a> {{/login}}{{#back}}<a class="button" href="{{back}}">Back to the page you were on</a> {{/back}}<a class="button" href="/proposals">Pending proposals</a></p>
        {{> foot}}
        """

    static let proposals = """
        {{> head}}
        <h1>Pending proposals</h1>
        {{> synced}}
        {{#none}}<p>No pending proposals.</p>{{/none}}
        {{^none}}<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">#</th><th scope="col">Kind</th><th scope="col">Title</th><th scope="col">Agent</th><th scope="col">Files</th><th scope="col">+/-</th></tr></thead><tbody>
        {{#proposals}}<tr><td><a href="/proposals/{{ref}}" class="proposal-link">{{label}}</a></td><td class="kind">{{kind}}</td><td class="wrap"><a href="/proposals/{{ref}}">{{title}}</a>{{#offline}} <span class="hint offline">(offline — numbered at the next sync)</span>{{/offline}}{{#late}} <span class="late">{{late}}</span>{{/late}}</td><td>{{agent}}</td><td>{{files}}</td><td class="num"><span class="add">+{{additions}}</span> <span class="del">-{{deletions}}</span></td></tr>{{/proposals}}
        </tbody></table></div>{{/none}}
        {{> foot}}
        """

    static let proposal = """
        {{> head}}
        <h1 class="wrap">{{label}} {{title}}</h1>
        {{#offline}}<p class="message" role="status" id="offline">{{offline}}</p>{{/offline}}
        {{#message}}<p class="message" role="status" id="message">{{message}}</p>{{/message}}
        <ul class="summary" aria-label="Summary">
        <li><span class="k">Status</span> <strong id="status">{{status}}</strong></li>
        <li><span class="k">Agent</span> {{agent}}</li>
        <li class="wrap"><span class="k">Task</span> {{#task}}<a href="/tasks/{{id}}" id="task-link">{{prompt}}</a> ({{steps}} steps){{/task}}{{^task}}none: proposed directly{{/task}}</li>
        <li class="wrap"><span class="k">Model</span> {{models}}</li>
        <li><span class="k">Age</span> <time datetime="{{created}}">{{age}}</time></li>
        {{^offline}}<li><span class="k">Commits</span> <a href="#commits">{{commitCount}}</a></li>{{/offline}}
        <li><span class="k">Files changed</span> {{fileCount}}</li>
        <li><span class="k">Lines</span> <span class="add">+{{additions}}</span> <span class="del">-{{deletions}}</span></li>
        <li><span class="k">Kind</span> {{kind}}</li>
        <li><span class="k">Head</span> <code class="wrap">{{head}}</code></li>
        <li><span class="k">Comments</span> <a href="#comments" id="open-comments">{{openComments}}</a></li>
        </ul>
        <section id="comments" aria-labelledby="comments-h"><h2 id="comments-h">Comments</h2>
        {{#hasComments}}<div class="comments">{{#comments}}{{> comment}}{{/comments}}</div>{{/hasComments}}{{#noComments}}<p>No comments yet.</p>{{/noComments}}
        {{#pending}}<p class="hint">A line's number opens a form to comment on that line; each file has its own.</p>
        <details id="comment-proposal"><summary>Comment on the proposal</summary><form method="post" action="/proposals/{{number}}/comments" class="comment-form"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="head" value="{{head}}">{{#split}}<input type="hidden" name="view" value="split">{{/split}}
        <label for="proposal-comment-text">Your comment on #{{number}}</label><textarea id="proposal-comment-text" name="text" rows="3" required></textarea><button id="proposal-comment-submit" class="primary">Comment</button></form></details>{{/pending}}
        </section>
        {{#pending}}<section class="decide" aria-labelledby="decide-h"><h2 id="decide-h">Decide</h2>
        {{#late}}<p class="message late" role="alert" id="late">{{late}}</p>{{/late}}
        <h3>Checks before approval</h3>
        {{#findingsError}}<p class="error">{{findingsError}}</p>{{/findingsError}}
        {{#findingsNone}}<p id="findings-none">Nothing flagged.</p>{{/findingsNone}}
        <ul id="findings">{{#findings}}<li class="finding sev-{{severity}}"><strong>{{severity}}</strong> · {{source}}:{{#lines}}<span class="fl">{{.}}</span>{{/lines}}</li>{{/findings}}</ul>
        {{#checked}}<p class="hint">Run once for this head: {{checked}}.</p>{{/checked}}
        <form method="post" action="/proposals/{{number}}/approve" class="decision" id="approve-form"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="head" value="{{head}}"><input type="hidden" name="files" value="{{fileCount}}">
        {{^empty}}<p class="hint">Approves the files ticked in the list below; the others stay pending in #{{number}}, unless a reason to reject them is given.</p>
        <label for="reject-rest">Reject the files left unticked, with this reason (optional)</label><input id="reject-rest" name="rejectRest">{{/empty}}
        {{#accept}}<label class="check"><input type="checkbox" name="acceptRisks" id="accept-risks"> <span id="accept-label">{{acceptLabel}}</span></label>{{/accept}}
        <button id="approve" class="primary">Approve</button></form>
        <form method="post" action="/proposals/{{number}}/reject" class="decision"><input type="hidden" name="csrf" value="{{csrf}}">
        <label for="reject-reason">Why reject (optional)</label><input id="reject-reason" name="reason"><button id="reject">Reject</button></form>
        </section>{{/pending}}
        {{#undoable}}<form method="post" action="/proposals/{{number}}/rollback" class="decision"><input type="hidden" name="csrf" value="{{csrf}}">
        <label for="rollback-reason">Why roll back (optional)</label><input id="rollback-reason" name="reason"><button id="rollback">Roll back</button></form>{{/undoable}}
        <section aria-labelledby="files-h"><h2 id="files-h">Files</h2>
        {{#empty}}<p>No files changed.</p>{{/empty}}
        {{^empty}}<p class="views">{{#split}}<a href="?view=unified" id="view-unified">Unified view</a> · <strong>Side by side</strong>{{/split}}{{^split}}<strong>Unified view</strong> · <a href="?view=split" id="view-split">Side by side</a>{{/split}}</p>
        <div class="scroll" tabindex="0"><table class="files" id="file-list"><thead><tr>{{#pending}}<th scope="col">Approve</th>{{/pending}}<th scope="col">File</th><th scope="col">Status</th><th scope="col">Lines</th></tr></thead><tbody>
        {{#files}}<tr>{{#pending}}<td><label class="check"><input type="checkbox" form="approve-form" name="take-{{index}}" id="take-{{index}}" checked><span class="sr">Approve {{path}}</span></label></td>{{/pending}}<td class="wrap"><a href="#{{anchor}}" class="path">{{path}}</a></td><td class="st-{{statusClass}}">{{status}}</td><td class="num"><span class="add">+{{additions}}</span> <span class="del">-{{deletions}}</span></td></tr>{{/files}}
        </tbody></table></div>{{/empty}}
        </section>
        {{#sections}}<section class="file-section" id="{{anchor}}" aria-labelledby="{{anchor}}-h">
        <h3 id="{{anchor}}-h" class="wrap"><a href="#{{anchor}}" class="path">{{path}}</a> <span class="hint">{{status}}</span> <span class="add">+{{additions}}</span> <span class="del">-{{deletions}}</span></h3>
        {{#fileLink}}<p class="file-actions"><a class="button" href="{{fileLink}}" id="{{anchor}}-comment">Comment on this file</a></p>{{/fileLink}}
        {{#hasFileComments}}<div class="comments">{{#fileComments}}{{> comment}}{{/fileComments}}</div>{{/hasFileComments}}
        {{#fileForm}}{{> commentform}}{{/fileForm}}
        {{#hasSummary}}<p class="summary-note">{{summary}}</p>{{/hasSummary}}
        <div class="scroll" tabindex="0"><table class="diff">{{^split}}<caption class="sr">Changes to {{path}}: old line, new line, line</caption>
        <tbody>{{#header}}<tr class="meta"><td class="ln"></td><td class="ln"></td><td class="code"><span class="file">{{text}}</span></td></tr>{{/header}}
        {{#rows}}<tr class="r-{{cls}}"><td class="ln">{{#oldLink}}<a href="{{oldLink}}"><span class="sr">comment on old line </span>{{old}}</a>{{/oldLink}}{{^oldLink}}{{old}}{{/oldLink}}</td><td class="ln">{{#newLink}}<a href="{{newLink}}"><span class="sr">comment on new line </span>{{new}}</a>{{/newLink}}{{^newLink}}{{new}}{{/newLink}}</td><td class="code"><span class="{{cls}}">{{#segs}}{{> seg}}{{/segs}}</span></td></tr>{{#hasComments}}<tr class="comment-row"><td colspan="3"><div class="comments">{{#comments}}{{> comment}}{{/comments}}</div></td></tr>{{/hasComments}}{{#form}}<tr class="comment-row"><td colspan="3">{{> commentform}}</td></tr>{{/form}}
        {{/rows}}</tbody>{{/split}}{{#split}}<caption class="sr">Changes to {{path}}, side by side: old line, before, new line, after</caption>
        <tbody>{{#header}}<tr class="meta"><td class="code" colspan="4"><span class="file">{{text}}</span></td></tr>{{/header}}
        {{#pairs}}{{#across}}<tr class="r-{{cls}}"><td class="code" colspan="4"><span class="{{cls}}">{{text}}</span></td></tr>{{/across}}{{^across}}<tr>{{#l}}<td class="ln">{{#oldLink}}<a href="{{oldLink}}"><span class="sr">comment on old line </span>{{num}}</a>{{/oldLink}}{{^oldLink}}{{num}}{{/oldLink}}</td><td class="code half r-{{cls}}"><span class="{{cls}}">{{#segs}}{{> seg}}{{/segs}}</span></td>{{/l}}{{#r}}<td class="ln">{{#newLink}}<a href="{{newLink}}"><span class="sr">comment on new line </span>{{num}}</a>{{/newLink}}{{^newLink}}{{num}}{{/newLink}}</td><td class="code half r-{{cls}}"><span class="{{cls}}">{{#segs}}{{> seg}}{{/segs}}</span></td>{{/r}}</tr>{{#hasComments}}<tr class="comment-row"><td colspan="4"><div class="comments">{{#comments}}{{> comment}}{{/comments}}</div></td></tr>{{/hasComments}}{{#form}}<tr class="comment-row"><td colspan="4">{{> commentform}}</td></tr>{{/form}}{{/across}}
        {{/pairs}}</tbody>{{/split}}</table></div>
        </section>{{/sections}}
        {{^offline}}<section id="commits" aria-labelledby="commits-h"><h2 id="commits-h">Commits: {{commitCount}}, one per operation</h2>
        <div class="scroll" tabindex="0"><table><thead><tr><th scope="col">Commit</th><th scope="col">Operation</th><th scope="col">Summary</th><th scope="col">Model</th><th scope="col">When</th></tr></thead><tbody>
        {{#commits}}<tr><td><code>{{short}}</code></td><td>{{op}}</td><td class="wrap">{{summary}}</td><td>{{model}}</td><td>{{date}}</td></tr>{{/commits}}
        </tbody></table></div>
        {{#task}}<p>The task's steps: <a href="/tasks/{{id}}">task {{id}}</a>.</p>{{/task}}
        </section>{{/offline}}
        {{> foot}}
        """

    static let tasks = """
        {{> head}}
        <h1>Tasks</h1>
        <form method="post" action="/tasks" class="stack"><input type="hidden" name="csrf" value="{{csrf}}">
        <label for="task-text">A task, in your words</label><textarea id="task-text" name="task" rows="3"></textarea>
        <label for="task-agent">Agent</label><select id="task-agent" name="agent"><option value="">any agent</option><option>code</option><option>research</option><option>fileops</option></select>
        <label for="task-model">Model</label><select id="task-model" name="model"><option value="">the agent's route</option>{{#models}}<option>{{name}}</option>{{/models}}</select>
        <button class="primary">Start</button></form>
        <div class="scroll" tabindex="0"><table><thead><tr><th scope="col">Task</th><th scope="col">Status</th><th scope="col">Agent</th><th scope="col">Steps</th><th scope="col">Proposal</th><th scope="col">Prompt</th></tr></thead><tbody>
        {{#tasks}}<tr><td><a href="/tasks/{{id}}">{{id}}</a></td><td>{{status}}</td><td>{{agent}}</td><td>{{steps}}</td><td>{{proposal}}</td><td class="wrap">{{prompt}}</td></tr>{{/tasks}}
        </tbody></table></div>
        {{> foot}}
        """

    static let task = """
        {{> head}}
        <h1>Task {{id}}</h1>
        <p class="wrap">{{prompt}}</p><p>Status: <strong id="task-status" aria-live="polite">{{status}}</strong> {{#hasProposal}}· <a href="/proposals/{{proposal}}">proposal {{proposalLabel}}</a>{{/hasProposal}}</p>
        {{#live}}<h2>Live progress</h2><ol id="live" data-task="{{id}}" aria-live="polite" aria-relevant="additions"></ol>{{/live}}
        <h2>Steps</h2>
        <div class="scroll" tabindex="0"><table><thead><tr><th scope="col">Kind</th><th scope="col">Name</th><th scope="col">Result</th><th scope="col">Output</th></tr></thead><tbody>{{#steps}}<tr><td>{{kind}}</td><td>{{name}}</td><td>{{#ok}}✓ ok{{/ok}}{{^ok}}✗ failed{{/ok}}</td><td class="wrap">{{output}}</td></tr>{{/steps}}</tbody></table></div>
        {{> foot}}
        """

    static let audit = """
        {{> head}}
        <h1>Audit trail</h1>
        {{> synced}}
        <div class="scroll" tabindex="0"><table><thead><tr><th scope="col">When</th><th scope="col">Event</th><th scope="col">#</th><th scope="col">By</th><th scope="col">Title</th></tr></thead><tbody>
        {{#events}}<tr><td>{{date}}</td><td>{{kind}}</td><td><a href="/proposals/{{proposal}}">#{{proposal}}</a></td><td>{{actor}}</td><td class="wrap">{{title}}</td></tr>{{/events}}
        </tbody></table></div>
        {{> foot}}
        """

    static let skills = """
        {{> head}}
        <h1>Skills</h1>
        {{#none}}<p>No skills yet.</p>{{/none}}
        {{^none}}<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">Skill</th><th scope="col">Check</th><th scope="col">Description</th></tr></thead><tbody>{{#skills}}<tr><td>{{name}}</td><td>{{#valid}}ok{{/valid}}{{^valid}}invalid{{/valid}}{{#risks}} · {{risks}} risk(s) flagged{{/risks}}</td><td class="wrap">{{description}}</td></tr>{{/skills}}</tbody></table></div>{{/none}}
        {{> foot}}
        """

    /// The chart reads without colour: bar heights, and the figures as a table below it.
    static let models = """
        {{> head}}
        <h1>Models and spend</h1>
        <p>Cloud spend today ${{today}} of ${{dailyCap}}; this month ${{month}} of ${{monthlyCap}}.</p>
        <h2 id="chart-h">Cloud spend per day, last 30 days</h2>
        <div class="chart" role="img" aria-labelledby="chart-h" aria-describedby="chart-figures">{{#bars}}<div class="bar" title="{{date}}: ${{usd}}" data-h="{{height}}"></div>{{/bars}}</div>
        <details id="chart-figures"><summary>The figures</summary><div class="scroll" tabindex="0"><table><thead><tr><th scope="col">Day</th><th scope="col">Spend (USD)</th></tr></thead><tbody>{{#bars}}<tr><td>{{date}}</td><td class="num">${{usd}}</td></tr>{{/bars}}</tbody></table></div></details>
        <h2>Models</h2>
        <div class="scroll" tabindex="0"><table><thead><tr><th scope="col">Name</th><th scope="col">Provider</th><th scope="col">Model</th><th scope="col">URL</th><th scope="col">Cloud</th></tr></thead><tbody>
        {{#models}}<tr><td>{{name}}</td><td>{{provider}}</td><td>{{model}}</td><td class="wrap">{{url}}</td><td>{{#cloud}}yes{{/cloud}}{{^cloud}}no{{/cloud}}</td></tr>{{/models}}</tbody></table></div>
        <h2>The workspace on disk</h2>
        <p id="disk-total">{{diskTotal}} in all (as <code>steward doctor</code> says it).</p>
        <div class="scroll" tabindex="0"><table id="disk"><tr><th>Part</th><th>Count</th><th>Size</th></tr>
        {{#disk}}<tr><td>{{part}}</td><td>{{count}}</td><td>{{bytes}}</td></tr>{{/disk}}</table></div>
        {{> foot}}
        """

    static let schedules = """
        {{> head}}
        <h1>Schedules</h1>
        {{#none}}<p>No schedules. <code class="wrap">steward schedule add "0 8 * * 1-5" "Summarise new notes"</code> adds one.</p>{{/none}}
        {{^none}}<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">Id</th><th scope="col">When</th><th scope="col">Task</th><th scope="col">Next</th><th scope="col">Last</th></tr></thead><tbody>{{#schedules}}<tr><td>{{id}}</td><td><code>{{cron}}</code> {{zone}}</td><td class="wrap">{{task}}</td><td>{{next}}</td><td>{{#last}}<a href="/tasks/{{last}}">{{last}}</a>{{/last}}</td></tr>{{/schedules}}</tbody></table></div>{{/none}}
        {{> foot}}
        """

    /// Light and dark follow the system; at 390 px nothing is wider than the screen (tables and
    /// diffs scroll inside `.scroll`, long words wrap), and every control is at least 44 px.
    static let css = """
        :root{--fg:#1d1d1f;--bg:#fafafa;--panel:#fff;--line:#d0d7de;--muted:#57606a;--bar:#1d3557;--accent:#0550ae;--add-fg:#116329;--add-bg:#e6ffec;--del-fg:#82071e;--del-bg:#ffebe9;--hunk:#0550ae;--hunk-bg:#ddf4ff;--note:#fff8c5;--trail:#ffb3b3}
        @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--muted:#9198a1;--bar:#0b2239;--accent:#79c0ff;--add-fg:#7ee787;--add-bg:#12361f;--del-fg:#ffa198;--del-bg:#4a1618;--hunk:#79c0ff;--hunk-bg:#0b2447;--note:#3b2e00;--trail:#8e2b2b}}
        *{box-sizing:border-box}
        body{font:16px/1.45 system-ui,sans-serif;margin:0;color:var(--fg);background:var(--bg)}
        a{color:var(--accent)}
        .skip{position:absolute;left:-999px}.skip:focus{left:.5em;top:.5em;background:var(--panel);padding:.6em;z-index:2}
        header{display:flex;flex-wrap:wrap;gap:.2em 1em;align-items:center;padding:.3em 1em;background:var(--bar);color:#fff}
        header a{color:#fff}.brand{font-weight:bold;text-decoration:none;padding:.6em 0}
        nav{display:flex;flex-wrap:wrap;gap:0 .2em}nav a{display:inline-flex;align-items:center;min-height:44px;padding:0 .6em}nav a[aria-current]{text-decoration:underline 3px}
        .count{display:inline-block;margin-left:.35em;padding:0 .45em;border-radius:1em;background:#fff;color:#1d3557;font-size:.85em;font-weight:bold}
        main{padding:1em;max-width:100%}footer{padding:1em;color:var(--muted);font-size:14px}
        h1{font-size:1.5em;margin:.4em 0}h1,h2,h3,.wrap{overflow-wrap:anywhere;word-break:break-word}
        .scroll{max-width:100%;overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid var(--line);padding:.35em .5em;text-align:left;vertical-align:top}
        td a{display:inline-block;min-height:44px;min-width:44px;padding-top:.6em}
        button,.button,input,select,textarea{font:inherit;min-height:44px;max-width:100%}
        button,.button{min-width:44px;padding:.4em 1em;border:1px solid var(--line);border-radius:6px;background:var(--panel);color:var(--fg);cursor:pointer;display:inline-flex;align-items:center;text-decoration:none}
        .primary{background:#1f883d;color:#fff;border-color:#1a7f37}
        input,select,textarea{padding:.4em;border:1px solid var(--line);border-radius:6px;background:var(--panel);color:var(--fg);width:100%}
        input[type=checkbox]{width:24px;height:24px;min-height:24px;margin:0 .5em 0 0;flex:none}
        label{display:block;margin:.4em 0 .2em}label.check{display:flex;align-items:center;min-height:44px}
        .stack,.decision{display:flex;flex-direction:column;align-items:flex-start;gap:.3em;margin:1em 0;max-width:40em}
        .logout{margin-left:auto}.logout button{background:transparent;color:#fff;border-color:#fff8}
        .summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(10em,1fr));gap:.4em 1em;margin:1em 0;padding:0;list-style:none}.summary .k{display:block;color:var(--muted);font-size:.85em}
        .decide{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.2em 1em;margin:1em 0}
        #findings{padding-left:1.2em}.finding{margin:.3em 0}.fl{display:block;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:.9em}
        .sev-veto strong,.sev-error strong,.sev-risk strong{color:var(--del-fg)}
        .file-section{margin:1.5em 0}.file-section h3{font-size:1em;font-family:ui-monospace,monospace}
        table.diff{font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--panel);border:1px solid var(--line);width:auto;min-width:100%}
        .diff td{border:0;padding:0 .5em}.diff .code{white-space:pre;tab-size:4}.diff .half{width:50%}
        .diff .ln{color:var(--muted);text-align:right;user-select:none;min-width:3em;border-right:1px solid var(--line)}
        .r-add{background:var(--add-bg)}.r-del{background:var(--del-bg)}.r-hunk,.meta{background:var(--hunk-bg)}
        .diff .add{color:var(--add-fg)}.diff .del{color:var(--del-fg)}.diff .hunk{color:var(--hunk)}.diff .file{color:var(--muted)}.diff .note{font-style:italic}
        .tab{position:relative}.tab::before{content:"→";position:absolute;left:0;color:var(--muted);opacity:.6}
        .trail{background:var(--trail)}
        .add{color:var(--add-fg)}.del{color:var(--del-fg)}.num{white-space:nowrap}
        .summary-note{background:var(--note);padding:.5em}
        .comment{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;background:var(--panel);padding:.2em .8em;margin:.4em 0;max-width:40em;white-space:normal;font:15px/1.45 system-ui,sans-serif}
        .comment p{margin:.3em 0}.comment-meta{color:var(--muted);font-size:.9em}.earlier{font-style:italic}.resolve{margin:.3em 0}
        .comment-form{display:flex;flex-direction:column;align-items:flex-start;gap:.3em;margin:.5em 0;max-width:40em;white-space:normal;font:16px/1.45 system-ui,sans-serif}
        .comment-row>td{padding:.2em .5em}.comment-row .comments,.comment-row .comment-form{position:sticky;left:.5em;width:min(40em,calc(100vw - 4em))}
        .diff .ln a{display:block;min-height:0;min-width:0;padding:0;color:inherit}
        @media (max-width:40em){.diff .ln a{min-height:44px;min-width:44px;line-height:44px}}
        .error{color:var(--del-fg)}.message{background:var(--note);padding:.5em}.late{display:block;background:var(--note);padding:.2em .4em}.hint{color:var(--muted)}
        .actions{display:flex;flex-wrap:wrap;gap:.5em}summary{min-height:44px;line-height:44px;cursor:pointer}
        .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .chart{display:flex;align-items:flex-end;gap:2px;height:100px;border-bottom:1px solid var(--muted);margin:1em 0}.bar{flex:1;background:var(--accent);border:1px solid var(--fg);border-bottom:0;min-height:1px}
        @media (min-width:60em){main{padding:1em 1.5em}.decision{display:inline-flex;vertical-align:top;margin-right:2em}}
        """

    /// Live task progress over SSE, and the spend chart's bar heights (no inline script or
    /// style: the content policy allows neither). An event is shown by its `display` field,
    /// which the server escaped (`Escape.inline`); the script never shows raw event data.
    static let js = """
        document.querySelectorAll('.bar').forEach(function(b){b.style.height=(b.dataset.h||0)+'%';});
        var live=document.getElementById('live');
        if(live){var es=new EventSource('/api/v1/tasks/'+live.dataset.task+'/events');
        es.onmessage=function(){};
        ['queued','claimed','agent','started','trying','tool','result','correction','gave-up','proposal','failed','skipped','error'].forEach(function(k){es.addEventListener(k,function(e){
        var d=JSON.parse(e.data),li=document.createElement('li');li.textContent=d.display||k;live.appendChild(li);});});
        es.addEventListener('end',function(e){var d=JSON.parse(e.data);document.getElementById('task-status').textContent=d.status;es.close();setTimeout(function(){location.reload();},500);});}
        """
}

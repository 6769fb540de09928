#!/usr/bin/env bash
# Load test of the example site with production settings, under gunicorn, driven by wrk.
#
#   make load                                  # SQLite in a temporary folder
#   make load DATABASE_URL=postgres://postgres@127.0.0.1:5432/test
#   make load DURATION=10s
#
# With DATABASE_URL the script creates its own database on that server (icm_ebooth_load,
# or LOAD_DATABASE_NAME) and drops it at the end; the database named in the URL is never
# touched. Redis (REDIS_HOST/REDIS_PORT, database LOAD_REDIS_DB) is flushed first.
#
# The server runs on core 0 and wrk on core 1 (taskset), each scenario for DURATION:
#   (a) the English booth home alone, served from the page cache;
#   (b) a mix of booths, topics, the finder with filters and a search, events and calendars;
#   (c) /__floor__/, a fixed 20 KB view behind the same middleware.
# A response counts as good only when it is a 200 with the page's own content. The script
# exits non-zero on any server error, socket error or bad response.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
GUNICORN="${GUNICORN:-$ROOT/.venv/bin/gunicorn}"
DURATION="${DURATION:-30s}"
WORKERS="${WORKERS:-2}"
# One connection per wrk thread, so that mix.lua can pair each response with its request.
CONNECTIONS="${CONNECTIONS:-4}"
LOAD_DATABASE_NAME="${LOAD_DATABASE_NAME:-icm_ebooth_load}"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${REDIS_PORT:-6379}"
LOAD_REDIS_DB="${LOAD_REDIS_DB:-13}"
SERVER_CPU="${SERVER_CPU:-0}"
CLIENT_CPU="${CLIENT_CPU:-1}"
MIN_RATIO=50

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'load.sh: %s\n' "$*" >&2; exit 1; }

if ! command -v wrk >/dev/null 2>&1; then
    say "installing wrk"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get install -y wrk || { $SUDO apt-get update && $SUDO apt-get install -y wrk; }
fi
command -v taskset >/dev/null 2>&1 || fail "taskset (util-linux) is required"

WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/icm-ebooth-load.XXXXXX")"
SERVER_PID=""
ADMIN_DATABASE_URL="${DATABASE_URL:-}"

drop_database() {
    "$PYTHON" - "$ADMIN_DATABASE_URL" "$LOAD_DATABASE_NAME" <<'PY'
import sys

import psycopg
from psycopg import sql

url, name = sys.argv[1:]
with psycopg.connect(url, autocommit=True) as server:
    server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
PY
}

cleanup() {
    status=$?
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ -n "$ADMIN_DATABASE_URL" ]; then
        drop_database || true
    fi
    rm -rf "$WORKDIR"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "$ADMIN_DATABASE_URL" ]; then
    case "$ADMIN_DATABASE_URL" in
        */"$LOAD_DATABASE_NAME") fail "DATABASE_URL names $LOAD_DATABASE_NAME, the database this script drops" ;;
    esac
    drop_database
    "$PYTHON" - "$ADMIN_DATABASE_URL" "$LOAD_DATABASE_NAME" <<'PY'
import sys

import psycopg
from psycopg import sql

url, name = sys.argv[1:]
with psycopg.connect(url, autocommit=True) as server:
    server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
PY
    export DATABASE_URL="${ADMIN_DATABASE_URL%/*}/$LOAD_DATABASE_NAME"
else
    export DATABASE_URL="sqlite:///$WORKDIR/db.sqlite3"
fi

export DJANGO_SETTINGS_MODULE=benchmarks.load_settings
DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | base64)"
export DJANGO_SECRET_KEY
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export REDIS_URL="redis://$REDIS_HOST:$REDIS_PORT/$LOAD_REDIS_DB"
export MEDIA_ROOT="$WORKDIR/media"
export DJANGO_STATIC_ROOT="$WORKDIR/static"
export DJANGO_LOG_LEVEL=WARNING
export PYTHONPATH="$ROOT:$ROOT/example_site${PYTHONPATH:+:$PYTHONPATH}"

say "preparing the database (${DATABASE_URL%%:*}) and the demo content"
"$PYTHON" -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$REDIS_URL"
manage() { (cd "$ROOT/example_site" && "$PYTHON" manage.py "$@"); }
manage migrate --noinput -v 0
manage load_demo | tail -n 1
manage collectstatic --noinput -v 0
"$PYTHON" -m benchmarks.discover "$WORKDIR"

PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
say "starting gunicorn ($WORKERS workers on core $SERVER_CPU) at $BASE"
taskset -c "$SERVER_CPU" "$GUNICORN" demo_project.wsgi:application \
    --chdir "$ROOT/example_site" --workers "$WORKERS" --bind "127.0.0.1:$PORT" \
    --log-level warning >"$WORKDIR/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 60); do
    if curl -fs -o /dev/null -H 'X-Forwarded-Proto: https' "$BASE/__floor__/"; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORKDIR/server.log" >&2; fail "gunicorn did not start"; }
    sleep 0.5
done

say "checking every URL once (this also fills the page cache)"
# A URL that fails here is reported, left out of the load and makes the script fail at the end.
broken=0
for list in booth mix floor; do
    while IFS=$'\t' read -r path marker; do
        code="$(curl -s -o "$WORKDIR/body" -w '%{http_code}' -H 'X-Forwarded-Proto: https' "$BASE$path")"
        if [ "$code" = 200 ] && grep -qF -- "$marker" "$WORKDIR/body"; then
            printf '%s\t%s\n' "$path" "$marker" >>"$WORKDIR/$list.ok"
        else
            printf '  BROKEN %s %s (expected %s)\n' "$code" "$path" "$marker" >&2
            broken=$((broken + 1))
        fi
    done <"$WORKDIR/$list.txt"
    [ -s "$WORKDIR/$list.ok" ] || fail "no URL of $list.txt works"
done
cache_status="$(curl -s -o /dev/null -D - -H 'X-Forwarded-Proto: https' "$BASE$(cut -f1 "$WORKDIR/booth.txt")" \
    | tr -d '\r' | sed -n 's/^[Xx]-[Ee]booth-[Cc]ache: //p')"
echo "  $(wc -l <"$WORKDIR/mix.ok") URLs in the mix; booth home X-Ebooth-Cache: ${cache_status:-absent}"

run_scenario() {
    local name="$1" file="$2"
    say "$name: wrk -t$CONNECTIONS -c$CONNECTIONS -d$DURATION on core $CLIENT_CPU"
    taskset -c "$CLIENT_CPU" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --latency \
        -s "$ROOT/benchmarks/mix.lua" "$BASE" -- "$file" | tee "$WORKDIR/$name.out" \
        | grep -E '^(RESULT|BAD|  Latency|Requests/sec)' || true
}

run_scenario booth "$WORKDIR/booth.ok"
run_scenario mix "$WORKDIR/mix.ok"
run_scenario floor "$WORKDIR/floor.ok"

field() { sed -n "s/^RESULT.* $2=\([^ ]*\).*/\1/p" "$WORKDIR/$1.out"; }

say "results (${DATABASE_URL%%:*}, $WORKERS gunicorn workers, $CONNECTIONS connections, $DURATION each)"
printf '%-22s %9s %9s %9s %9s %8s %6s %6s %8s %10s\n' \
    scenario "req/s" "p50 ms" "p99 ms" requests non-2xx 5xx bad "sock err" "cache hits"
problems=0
for name in booth mix floor; do
    if ! grep -q '^RESULT' "$WORKDIR/$name.out"; then
        cat "$WORKDIR/$name.out" >&2
        fail "wrk printed no result for $name"
    fi
    case "$name" in
        booth) label="(a) booth home, cached" ;;
        mix) label="(b) mix" ;;
        floor) label="(c) floor view" ;;
    esac
    printf '%-22s %9s %9s %9s %9s %8s %6s %6s %8s %10s\n' "$label" \
        "$(field "$name" rps)" "$(field "$name" p50_ms)" "$(field "$name" p99_ms)" \
        "$(field "$name" requests)" "$(field "$name" non2xx)" "$(field "$name" 5xx)" \
        "$(field "$name" bad)" "$(field "$name" socket_errors)" "$(field "$name" cache_hits)"
    for counter in 5xx bad socket_errors; do
        if [ "$(field "$name" "$counter")" != 0 ]; then problems=$((problems + 1)); fi
    done
done

ratio="$(awk -v a="$(field booth rps)" -v c="$(field floor rps)" 'BEGIN { printf "%.0f", 100 * a / c }')"
if [ "$ratio" -ge "$MIN_RATIO" ]; then verdict=OK; else verdict=UNDER; fi
printf '\n(a) / (c): %s%% of the floor view'"'"'s requests per second (target >= %s%%): %s\n' \
    "$ratio" "$MIN_RATIO" "$verdict"

if [ "$problems" -gt 0 ] || [ "$broken" -gt 0 ]; then
    echo "Server log (last lines):" >&2
    tail -n 40 "$WORKDIR/server.log" >&2
    [ "$broken" -eq 0 ] || echo "load.sh: $broken URLs failed the check and were left out (see BROKEN above)" >&2
    fail "server errors, socket errors, bad responses or broken URLs"
fi

#!/usr/bin/env bash
# Load test of the example site with production settings, under gunicorn, driven by wrk.
#
#   make load                                  # SQLite in a temporary folder
#   make load DATABASE_URL=postgres://postgres@127.0.0.1:5432/test
#   make load DURATION=10s
#
# With DATABASE_URL the script creates its own database on that server (icm_ebooth_load,
# or LOAD_DATABASE_NAME) and drops it at the end; the database named in the URL is never
# touched. The script starts a Redis of its own (redis-server, on a free port, capped at
# LOAD_REDIS_MAXMEMORY with volatile-lru as in docs/production.md), and stops only that one.
#
# The server runs on core 0 and wrk on core 1 (taskset), each scenario for DURATION:
#   (a) the English booth home alone, served from the page cache;
#   (b) a mix of booths, topics, the finder with filters and a search, events and calendars;
#   (c) /__floor__/, a fixed 20 KB view behind the same middleware;
#   (d) the mix again, with the script's Redis stopped halfway (then started again);
# (e) JUNK_REQUESTS requests to the booth home with a new ?utm_junk=N each, which must
# not add a key to Redis; (f) the page-view beacon of the booth home (benchmarks/beacon.lua),
# whose requests must all be 204s and all reach the metrics once flushed; and (g) the beacon
# again, with the script's Redis stopped halfway; and (h) finder requests the page cache
# cannot answer: 200 distinct combinations of facet filters (benchmarks/misses.py), each
# requested once, on the demo's English finder and on booths of 1,000 and 10,000 examples
# added beside it. A response counts as good only when it is a 200 with the page's own
# content (a 204 for the beacon; for (h), the number of results the combination must
# show). The script exits non-zero on any
# server error, socket error or bad response, when the junk requests add keys, or when the
# beacon's page views are not all counted.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
GUNICORN="${GUNICORN:-$ROOT/.venv/bin/gunicorn}"
DURATION="${DURATION:-30s}"
WORKERS="${WORKERS:-2}"
# One connection per wrk thread, so that mix.lua can pair each response with its request.
CONNECTIONS="${CONNECTIONS:-4}"
LOAD_DATABASE_NAME="${LOAD_DATABASE_NAME:-icm_ebooth_load}"
REDIS_SERVER="${REDIS_SERVER:-redis-server}"
LOAD_REDIS_MAXMEMORY="${LOAD_REDIS_MAXMEMORY:-64mb}"
JUNK_REQUESTS="${JUNK_REQUESTS:-1000}"
SERVER_CPU="${SERVER_CPU:-0}"
CLIENT_CPU="${CLIENT_CPU:-1}"
MIN_RATIO=60

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'load.sh: %s\n' "$*" >&2; exit 1; }

if ! command -v wrk >/dev/null 2>&1; then
    say "installing wrk"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get install -y wrk || { $SUDO apt-get update && $SUDO apt-get install -y wrk; }
fi
command -v taskset >/dev/null 2>&1 || fail "taskset (util-linux) is required"
if ! command -v "$REDIS_SERVER" >/dev/null 2>&1; then
    say "installing redis-server"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get install -y redis-server || { $SUDO apt-get update && $SUDO apt-get install -y redis-server; }
fi

WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/icm-ebooth-load.XXXXXX")"
SERVER_PID=""
REDIS_PID=""
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

stop_redis() {
    if [ -n "$REDIS_PID" ] && kill -0 "$REDIS_PID" 2>/dev/null; then
        kill "$REDIS_PID"
        wait "$REDIS_PID" 2>/dev/null || true
    fi
    REDIS_PID=""
}

free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The script's own Redis: no persistence, so a restart comes back empty, as after a crash.
start_redis() {
    "$REDIS_SERVER" --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no \
        --maxmemory "$LOAD_REDIS_MAXMEMORY" --maxmemory-policy volatile-lru \
        --logfile "$WORKDIR/redis.log" &
    REDIS_PID=$!
    for _ in $(seq 1 40); do
        if redis_cli ping >/dev/null 2>&1; then return 0; fi
        sleep 0.25
    done
    fail "redis-server did not start (see $WORKDIR/redis.log)"
}

# What the script's Redis holds: "ping", "keys" (DBSIZE) or "memory" (used_memory, bytes).
redis_cli() {
    "$PYTHON" - "$REDIS_URL" "$1" <<'PY'
import sys

import redis

client = redis.Redis.from_url(sys.argv[1], socket_timeout=1)
what = sys.argv[2]
print({"ping": client.ping, "keys": client.dbsize, "memory": lambda: client.info("memory")["used_memory"]}[what]())
PY
}

cleanup() {
    status=$?
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    stop_redis
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
REDIS_PORT="$(free_port)"
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export MEDIA_ROOT="$WORKDIR/media"
export DJANGO_STATIC_ROOT="$WORKDIR/static"
export DJANGO_LOG_LEVEL=WARNING
export PYTHONPATH="$ROOT:$ROOT/example_site${PYTHONPATH:+:$PYTHONPATH}"

say "preparing the database (${DATABASE_URL%%:*}) and the demo content"
start_redis
manage() { (cd "$ROOT/example_site" && "$PYTHON" manage.py "$@"); }
manage migrate --noinput -v 0
manage load_demo | tail -n 1
manage collectstatic --noinput -v 0
"$PYTHON" -m benchmarks.discover "$WORKDIR"
say "adding booths of 1,000 and 10,000 examples beside the demo's; finder combinations"
"$PYTHON" -m benchmarks.misses prepare "$WORKDIR"

PORT="$(free_port)"
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

# (h) Each combination once, so every request misses the page cache: a duration-bound wrk
# run would repeat them, and a repeat is a cache hit.
run_misses() {
    local name="$1"
    say "$name: each of $(wc -l <"$WORKDIR/$name.txt") finder combinations once, $CONNECTIONS at a time, on core $CLIENT_CPU"
    CONNECTIONS="$CONNECTIONS" taskset -c "$CLIENT_CPU" "$PYTHON" -m benchmarks.misses run "$BASE" \
        "$WORKDIR/$name.txt" | tee "$WORKDIR/$name.out" | grep -E '^(RESULT|BAD)' || true
}
for size in demo 1000 10000; do run_misses "misses-$size"; done

# Page views the booth metrics hold (after writing what the buffer holds).
counted_page_views() {
    manage flush_booth_metrics >/dev/null
    manage shell -v 0 -c "from django.db.models import Sum; from icm_ebooth.models import DailyCount; \
print(DailyCount.objects.filter(kind='page_view', illustrative=False).aggregate(n=Sum('count'))['n'] or 0)"
}

run_beacon() {
    local name="$1"
    say "$name: wrk -t$CONNECTIONS -c$CONNECTIONS -d$DURATION on core $CLIENT_CPU (beacon)"
    taskset -c "$CLIENT_CPU" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --latency \
        -s "$ROOT/benchmarks/beacon.lua" "$BASE" -- "$WORKDIR/beacon.txt" | tee "$WORKDIR/$name.out" \
        | grep -E '^(RESULT|BAD|  Latency|Requests/sec)' || true
}

# (f) The beacon that counts page views: its own request, beside the cached page.
views_before="$(counted_page_views)"
run_beacon beacon
views_after="$(counted_page_views)"

booth_path="$(cut -f1 "$WORKDIR/booth.txt" | head -n 1)"
cache_header() {
    curl -s -o /dev/null -D - -H 'X-Forwarded-Proto: https' "$BASE$1" \
        | tr -d '\r' | sed -n 's/^[Xx]-[Ee]booth-[Cc]ache: //p'
}

# (d) Redis stops halfway through the mix: every response must still be a good one.
seconds="$(awk -v d="$DURATION" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; if (d ~ /h$/) n *= 3600; print n }')"
run_scenario outage "$WORKDIR/mix.ok" &
scenario_pid=$!
sleep "$(awk -v n="$seconds" 'BEGIN { print n / 2 }')"
echo "  stopping the script's Redis (port $REDIS_PORT) halfway"
stop_redis
wait "$scenario_pid"
start_redis
recovered_after=""
for tenth in $(seq 1 150); do
    if [ "$(cache_header "$booth_path")" = hit ]; then recovered_after="$((tenth / 10)).$((tenth % 10))"; break; fi
    sleep 0.1
done
echo "  Redis started again (empty): booth home served from the cache again after ${recovered_after:-more than 15} s"

# (g) The beacon with Redis stopped halfway: counts are lost, the beacon still answers.
run_beacon beacon_outage &
scenario_pid=$!
sleep "$(awk -v n="$seconds" 'BEGIN { print n / 2 }')"
echo "  stopping the script's Redis (port $REDIS_PORT) halfway through the beacon"
stop_redis
wait "$scenario_pid"
start_redis
for _ in $(seq 1 150); do
    if [ "$(cache_header "$booth_path")" = hit ]; then break; fi
    sleep 0.1
done

# (e) A flood of parameters no page reads: the same cached booth home, no new key.
cache_header "$booth_path" >/dev/null
keys_before="$(redis_cli keys)"
memory_before="$(redis_cli memory)"
junk="$("$PYTHON" - "$BASE$booth_path" "$JUNK_REQUESTS" <<'PY'
import sys
import urllib.error
import urllib.request

url, count = sys.argv[1], int(sys.argv[2])
statuses, hits = {}, 0
for number in range(count):
    request = urllib.request.Request(
        f"{url}?utm_junk={number}", headers={"X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, cache = response.status, response.headers.get("X-Ebooth-Cache")
    except urllib.error.HTTPError as error:
        status, cache = error.code, None
    statuses[status] = statuses.get(status, 0) + 1
    hits += cache == "hit"
print(count - statuses.get(200, 0), hits)
PY
)"
keys_after="$(redis_cli keys)"
memory_after="$(redis_cli memory)"
read -r junk_bad junk_hits <<<"$junk"

field() { sed -n "s/^RESULT.* $2=\([^ ]*\).*/\1/p" "$WORKDIR/$1.out"; }

say "results (${DATABASE_URL%%:*}, $WORKERS gunicorn workers, $CONNECTIONS connections, $DURATION each)"
printf '%-22s %9s %9s %9s %9s %8s %6s %6s %8s %10s\n' \
    scenario "req/s" "p50 ms" "p99 ms" requests non-2xx 5xx bad "sock err" "cache hits"
problems=0
for name in booth mix floor outage beacon beacon_outage misses-demo misses-1000 misses-10000; do
    if ! grep -q '^RESULT' "$WORKDIR/$name.out"; then
        cat "$WORKDIR/$name.out" >&2
        fail "wrk printed no result for $name"
    fi
    case "$name" in
        booth) label="(a) booth home, cached" ;;
        mix) label="(b) mix" ;;
        floor) label="(c) floor view" ;;
        outage) label="(d) mix, Redis stopped" ;;
        beacon) label="(f) beacon" ;;
        beacon_outage) label="(g) beacon, Redis stop" ;;
        misses-demo) label="(h) finder miss, demo" ;;
        misses-1000) label="(h) miss, 1,000 ex." ;;
        misses-10000) label="(h) miss, 10,000 ex." ;;
    esac
    printf '%-22s %9s %9s %9s %9s %8s %6s %6s %8s %10s\n' "$label" \
        "$(field "$name" rps)" "$(field "$name" p50_ms)" "$(field "$name" p99_ms)" \
        "$(field "$name" requests)" "$(field "$name" non2xx)" "$(field "$name" 5xx)" \
        "$(field "$name" bad)" "$(field "$name" socket_errors)" "$(field "$name" cache_hits)"
    for counter in 5xx bad socket_errors; do
        if [ "$(field "$name" "$counter")" != 0 ]; then problems=$((problems + 1)); fi
    done
done

printf '\n(e) %s requests with ?utm_junk=N: %s not 200, %s cache hits; Redis keys %s -> %s, used memory %s -> %s bytes\n' \
    "$JUNK_REQUESTS" "$junk_bad" "$junk_hits" "$keys_before" "$keys_after" "$memory_before" "$memory_after"
if [ "$junk_bad" != 0 ] || [ "$keys_after" -gt "$keys_before" ]; then problems=$((problems + 1)); fi

beacon_good="$(field beacon good)"
printf '\n(f) %s beacons answered 204; page views counted %s -> %s (%s counted)\n' \
    "$beacon_good" "$views_before" "$views_after" "$((views_after - views_before))"
# wrk stops with up to one request per connection sent and not yet answered: the server
# counts those too.
beacon_counted="$((views_after - views_before))"
if [ "$beacon_counted" -lt "$beacon_good" ] || [ "$beacon_counted" -gt "$((beacon_good + CONNECTIONS))" ]; then
    echo "load.sh: the beacon's page views were not all counted, or counted more than once" >&2
    problems=$((problems + 1))
fi
beacon_ratio="$(awk -v b="$(field beacon rps)" -v a="$(field booth rps)" 'BEGIN { printf "%.0f", 100 * b / a }')"
if [ "$beacon_ratio" -ge 100 ]; then beacon_verdict=OK; else beacon_verdict=UNDER; fi
printf '(f) / (a): the beacon sustains %s%% of the cached booth home'"'"'s requests per second (target >= 100%%): %s\n' \
    "$beacon_ratio" "$beacon_verdict"

misses_vs() {
    awk -v a="$(field "misses-$1" rps)" -v b="$(field misses-demo rps)" 'BEGIN { printf "%.0f", 100 * a / b }'
}
printf '\n(h) finder misses: 1,000 examples at %s%%, 10,000 at %s%% of the demo finder'"'"'s requests per second\n' \
    "$(misses_vs 1000)" "$(misses_vs 10000)"

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

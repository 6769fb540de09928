-- wrk script for load.sh: posts the page-view beacon, as a browser's sendBeacon does.
--
--   wrk -t4 -c4 -s benchmarks/beacon.lua http://127.0.0.1:8000 -- beacon.txt
--
-- The file's first line is "path<TAB>body". A response is good only when it is a 204.
-- The requests carry a browser's user agent: robots are not counted, and a request that is
-- not counted would cost the server nothing and measure nothing.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local line = io.lines(args[1])()
  path, body = line:match("^([^\t]+)\t(.*)$")
  if not path then
    error("no beacon in " .. args[1])
  end
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["User-Agent"] =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
  wrk.headers["X-Forwarded-Proto"] = "https"
  good, bad, non2xx, server_errors = 0, 0, 0, 0
  first_bad = ""
end

function request()
  return wrk.format(nil, path)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
  if status >= 500 then
    server_errors = server_errors + 1
  end
  if status == 204 then
    good = good + 1
  else
    bad = bad + 1
    if first_bad == "" then
      first_bad = tostring(status)
    end
  end
end

function done(summary, latency, requests)
  local totals = {good = 0, bad = 0, non2xx = 0, server_errors = 0}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (thread:get(name) or 0)
    end
    local example = thread:get("first_bad")
    if example and example ~= "" then
      io.write("BAD " .. example .. "\n")
    end
  end
  local errors = summary.errors
  local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f good=%d bad=%d non2xx=%d "
      .. "5xx=%d socket_errors=%d cache_hits=0\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    totals.good,
    totals.bad,
    totals.non2xx,
    totals.server_errors,
    socket_errors
  ))
end

-- wrk script for load.sh: requests the URLs of a file in turn and checks every response.
--
--   wrk -t4 -c4 -s benchmarks/mix.lua http://127.0.0.1:8000 -- urls.txt
--
-- Each line of the file is "path<TAB>marker". A response is good only when it is a 200
-- whose body contains the marker of the URL it answers. Run one connection per thread
-- (-t equal to -c): a thread then has one request in flight, the one it made last (wrk
-- makes a request again when it reconnects, so a queue of requests could drift).

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths, markers = {}, {}
  for line in io.lines(args[1]) do
    local path, marker = line:match("^([^\t]+)\t(.+)$")
    if path then
      table.insert(paths, path)
      table.insert(markers, marker)
    end
  end
  if #paths == 0 then
    error("no URLs in " .. args[1])
  end
  wrk.headers["X-Forwarded-Proto"] = "https"
  -- Threads start at different places in the list so that the mix is spread from the start.
  next_index = (id * 7) % #paths
  current = nil
  good, bad, non2xx, server_errors, cache_hits = 0, 0, 0, 0, 0
  first_bad = ""
end

function request()
  next_index = next_index % #paths + 1
  current = next_index
  return wrk.format("GET", paths[next_index])
end

function response(status, headers, body)
  local index = current
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
  if status >= 500 then
    server_errors = server_errors + 1
  end
  if headers["X-Ebooth-Cache"] == "hit" then
    cache_hits = cache_hits + 1
  end
  if index and status == 200 and body and body:find(markers[index], 1, true) then
    good = good + 1
  else
    bad = bad + 1
    if first_bad == "" then
      first_bad = status .. " " .. (index and paths[index] or "?")
    end
  end
end

function done(summary, latency, requests)
  local totals = {good = 0, bad = 0, non2xx = 0, server_errors = 0, cache_hits = 0}
  local examples = {}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (thread:get(name) or 0)
    end
    local example = thread:get("first_bad")
    if example and example ~= "" then
      table.insert(examples, example)
    end
  end
  local errors = summary.errors
  local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f good=%d bad=%d non2xx=%d "
      .. "5xx=%d socket_errors=%d cache_hits=%d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    totals.good,
    totals.bad,
    totals.non2xx,
    totals.server_errors,
    socket_errors,
    totals.cache_hits
  ))
  for _, example in ipairs(examples) do
    io.write("BAD " .. example .. "\n")
  end
end

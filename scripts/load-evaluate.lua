-- wrk script for scripts/load-evaluate.sh: POST /api/v1/decisions/evaluate with the bodies of a file (one JSON body
-- per line: the valid operations of the peer's seeded stream, mapped onto our contract by
-- io.commerceresolver.bench.DecisionHarness --dump-bodies), taken in turn, each thread starting at its own offset.
--   wrk -t2 -c16 -d60s -s scripts/load-evaluate.lua http://127.0.0.1:18080 -- bodies.jsonl API_KEY
-- Counts the answers by status and checks that every 200 carries a decisionId; done() prints one JSON line
-- ("LOAD_RESULT {...}") that the shell script reads.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or "target/load/bodies.jsonl"
  key = args[2] or "demo-key-change-me"
  bodies = {}
  for line in io.lines(file) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  if #bodies == 0 then error("no bodies in " .. file) end
  i = (id * 7919) % #bodies
  ok, stored, bad, shown = 0, 0, 0, 0
  headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }
end

function request()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/v1/decisions/evaluate", headers, bodies[i])
end

function response(status, hdrs, body)
  if status == 200 then
    ok = ok + 1
    if string.find(body, '"decisionId":"', 1, true) then stored = stored + 1 end
  else
    bad = bad + 1
    if shown < 3 then
      shown = shown + 1
      io.stderr:write("HTTP " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local ok_all, stored_all, bad_all = 0, 0, 0
  for _, t in ipairs(threads) do
    ok_all = ok_all + t:get("ok")
    stored_all = stored_all + t:get("stored")
    bad_all = bad_all + t:get("bad")
  end
  local s = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'LOAD_RESULT {"seconds":%.2f,"requests":%d,"ok":%d,"with_decision_id":%d,"non_200":%d,"socket_errors":%d,'
    .. '"decisions_per_s":%.1f,"requests_per_s":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"p999_ms":%.3f,"max_ms":%.3f}\n',
    s, summary.requests, ok_all, stored_all, bad_all, e.connect + e.read + e.write + e.timeout,
    stored_all / s, summary.requests / s,
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(99) / 1e3,
    latency:percentile(99.9) / 1e3, latency.max / 1e3))
end

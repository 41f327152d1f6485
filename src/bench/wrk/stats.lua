-- GET /stats as an auditor (every team, the default period). Environment: HAVEN_TOKEN.
local token = os.getenv("HAVEN_TOKEN")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  read, failed = 0, 0
end

function request()
  return wrk.format("GET", "/stats", { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
  if status == 200 then read = read + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local r, f = 0, 0
  for _, t in ipairs(threads) do r, f = r + t:get("read"), f + t:get("failed") end
  io.write(string.format("HAVEN read=%d failed=%d seconds=%.3f\n", r, f, summary.duration / 1e6))
end

-- PUT /defenders/{id}: one defender per connection (run wrk with as many threads as connections),
-- alternating its organisation, with the ETag of the last answer as If-Match. The first request of
-- a connection (and any after a refusal) reads the defender for its ETag.
-- Environment: HAVEN_TOKEN, HAVEN_IDS (a file, one id per line), HAVEN_BODY_A, HAVEN_BODY_B.
local token = os.getenv("HAVEN_TOKEN")
local bodies = { os.getenv("HAVEN_BODY_A"), os.getenv("HAVEN_BODY_B") }
local ids = {}
for line in io.lines(os.getenv("HAVEN_IDS")) do ids[#ids + 1] = line end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", ids[#threads])
end

function init(args)
  etag, flip, changed, failed = nil, 1, 0, 0
end

function request()
  local path = "/defenders/" .. id
  if etag == nil then
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
  end
  flip = 3 - flip
  return wrk.format("PUT", path, { ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json", ["If-Match"] = etag }, bodies[flip])
end

function response(status, headers, body)
  if status == 200 then
    if etag ~= nil then changed = changed + 1 end
    etag = headers["ETag"] or headers["etag"]
  else
    failed, etag = failed + 1, nil
  end
end

function done(summary, latency, requests)
  local c, f = 0, 0
  for _, t in ipairs(threads) do c, f = c + t:get("changed"), f + t:get("failed") end
  io.write(string.format("HAVEN changed=%d failed=%d seconds=%.3f\n", c, f, summary.duration / 1e6))
end

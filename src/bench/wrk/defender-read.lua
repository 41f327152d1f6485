-- GET /defenders/{id} of a random defender. Environment: HAVEN_TOKEN, HAVEN_IDS (one id per line).
local token = os.getenv("HAVEN_TOKEN")
local ids = {}
for line in io.lines(os.getenv("HAVEN_IDS")) do ids[#ids + 1] = line end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + #ids * 7 + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000)
  read, failed = 0, 0
end

function request()
  return wrk.format("GET", "/defenders/" .. ids[math.random(#ids)], { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
  if status == 200 then read = read + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local r, f = 0, 0
  for _, t in ipairs(threads) do r, f = r + t:get("read"), f + t:get("failed") end
  io.write(string.format("HAVEN read=%d failed=%d seconds=%.3f\n", r, f, summary.duration / 1e6))
end

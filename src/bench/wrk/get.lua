-- GET of one path: HAVEN_PATH, where {id} stands for a random id of HAVEN_IDS (a file, one id per
-- line), e.g. /defenders/{id} or /stats. Environment: HAVEN_TOKEN, HAVEN_PATH, HAVEN_IDS if needed.
local token = os.getenv("HAVEN_TOKEN")
local path = os.getenv("HAVEN_PATH")
local ids = {}
if string.find(path, "{id}", 1, true) then
  for line in io.lines(os.getenv("HAVEN_IDS")) do ids[#ids + 1] = line end
end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000)
  read, failed = 0, 0
end

function request()
  local target = path
  if #ids > 0 then target = path:gsub("{id}", ids[math.random(#ids)], 1) end
  return wrk.format("GET", target, { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
  if status == 200 then read = read + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local r, f = 0, 0
  for _, t in ipairs(threads) do r, f = r + t:get("read"), f + t:get("failed") end
  io.write(string.format("HAVEN read=%d failed=%d seconds=%.3f\n", r, f, summary.duration / 1e6))
end

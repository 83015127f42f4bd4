-- wrk script: POST /api/v1/access-checks for random people and spaces of the seeded data set.
-- 80% ask for a space of the person's own customer (mostly grants; some persons are
-- REQUESTED or REVOKED, some approvals cover one space), 20% for a random space (denials).
-- Environment: TOKEN (bearer), PEOPLE (seeded people), DELAY_MS (per-connection pause, for a fixed rate).
local token = os.getenv("TOKEN")
local people = tonumber(os.getenv("PEOPLE") or "100000")
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")

local function id(kind, n)
  return string.format("00000000-0000-7000-%s-%012x", kind, n)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + (tonumber(tostring({}):sub(8)) or 0))
end

function request()
  local p = math.random(0, people - 1)
  local s
  if math.random() < 0.8 then
    s = (p % 2000) + 2000 * math.random(0, 4)
  else
    s = math.random(0, 9999)
  end
  local body = '{"personId":"' .. id("8005", p) .. '","spaceId":"' .. id("8003", s) .. '"}'
  return wrk.format("POST", "/api/v1/access-checks",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests))
end

-- wrk script: GET /api/v1/me, the service's trivial authenticated endpoint (token checked, nothing
-- read from the database), at the same concurrency as the check's peak: the framework's own cost.
local token = os.getenv("TOKEN")

function request()
  return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests))
end

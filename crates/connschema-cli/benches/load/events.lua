-- wrk: EventBridge CreateConnection requests. BODY=valid sends a valid request with a name no
-- other request has (connection names are unique, so a repeated name would be a conflict);
-- BODY=invalid a request with three violations; BODY=mixed cycles through valid, invalid and
-- hostile bodies and one over the 1 MiB limit, and counts the answers by status.
local kind = os.getenv("BODY") or "valid"
local threads = {}
local next_thread = 0

local valid = '{"Name":"load-%s","Description":"orders webhook","AuthorizationType":"API_KEY",' ..
  '"AuthParameters":{"ApiKeyAuthParameters":{"ApiKeyName":"x-api-key","ApiKeyValue":"s3cr3t-value"},' ..
  '"InvocationHttpParameters":{"HeaderParameters":[{"Key":"X-Env","Value":"prod","IsValueSecret":false}]}}}'
local invalid = '{"Name":"my conn","AuthorizationType":"DIGEST","AuthParameters":{"ApiKeyAuthParameters":' ..
  '{"ApiKeyName":"","ApiKeyValue":"v"}}}'
local hostile = {
  string.rep("[", 20000),
  '{"Name":"' .. string.rep("a", 900000) .. '","AuthorizationType":"BASIC","AuthParameters":{}}',
  '{"Name":"\255\254","AuthorizationType":"BASIC"}',
  '{"Name":"a","Name":"b","AuthorizationType":"BASIC","AuthParameters":{}}',
  '{"Name":1e999999,"AuthorizationType":"BASIC","AuthParameters":{}}',
  '',
  '"just a string"',
}
local oversized = '{"Description":"' .. string.rep("x", 1100000) .. '"}'

function setup(thread)
  next_thread = next_thread + 1
  thread:set("id", next_thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  statuses = {}
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
  wrk.headers["X-Amz-Target"] = "AWSEvents.CreateConnection"
  -- connschema serve checks that a SigV4 signature is of its form (not its keys).
  wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/events/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
end

function request()
  counter = counter + 1
  local body
  if kind == "invalid" then
    body = invalid
  elseif kind == "mixed" then
    local slot = counter % 10
    if slot < 5 then
      body = string.format(valid, id .. "-" .. counter)
    elseif slot < 7 then
      body = invalid
    elseif slot < 9 then
      body = hostile[(counter % #hostile) + 1]
    else
      body = oversized
    end
  else
    body = string.format(valid, id .. "-" .. counter)
  end
  return wrk.format(nil, "/", nil, body)
end

if kind == "mixed" then
  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local seen = thread:get("statuses") or {}
    for status, n in pairs(seen) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    io.write(string.format("status %d: %d\n", status, n))
  end
  io.write(string.format("p50 %.0f us, p99 %.0f us, %.0f requests/s, %d errors\n",
    latency:percentile(50), latency:percentile(99), summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

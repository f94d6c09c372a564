-- GET the URL given on the command line, with the bench user's access token when
-- BENCH_TOKEN is set (list foods, analytics) and without it otherwise (bare view).
wrk.method = "GET"
wrk.headers["Accept"] = "application/json"
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

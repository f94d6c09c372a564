-- POST /api/v1/auth/login/ with the seeded user's credentials (BENCH_EMAIL,
-- BENCH_PASSWORD): a correct login, so each request verifies an Argon2 hash and
-- issues a token pair.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = string.format('{"email": "%s", "password": "%s"}',
  os.getenv("BENCH_EMAIL"), os.getenv("BENCH_PASSWORD"))

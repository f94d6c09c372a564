-- POST /api/v1/foods/ as the bench user (BENCH_TOKEN): one typical entry per request,
-- validated against the nutrient list and written to the database.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.body = '{"name": "Apple", "calories": 95, "meal": "snack", '
  .. '"nutrients": {"protein": 0.5, "carbs": 25, "fats": 0.3, "fiber": 4.4, "sugar": 19}}'

"""Nearby restaurants benchmark: ``GET /api/restaurant/nearby/`` over 100,000 restaurants.

    python -m bench.run restaurants        (or: python -m bench.bench_restaurants)

Uses its own MariaDB database, ``RESTAURANTS_BENCH_DATABASE_URL`` (default: the bench
database's name plus ``_restaurants``, e.g. ``hb_bench_restaurants``), dropped and created
afresh. It bulk-loads ``BENCH_RESTAURANTS`` (100,000) restaurants around ten cities (a
normal spread, sigma 8 km, so city centres are dense), each with four menu items, then
runs the real path: gunicorn (the core, 2 workers) -> gateway -> uvicorn (the AI
service) -> MariaDB, as a registered user with a profile and today's food log.

Figures:
- ``restaurants.nearby.p50`` / ``.p99``: one request at a time (no queueing) for
  ``BENCH_SAMPLES`` (300) random points drawn from the same spread, radius 2 km, default
  sort (distance), 20 per page. Target: p50 under 30 ms.
- ``restaurants.nearby_score.p50`` / ``.p99``: the same with ``sort=score`` (every
  candidate's menu is scored).
- ``restaurants.nearby.loaded_*``: wrk, 2 threads, 8 connections, ``BENCH_SECONDS`` (5) on
  one dense city-centre point.
- ``restaurants.candidates_p50``: restaurants inside the 2 km box per request.
Then the MariaDB ``EXPLAIN`` of the bounding-box query, which must use the
``restaurants_lat_lng`` index.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

from bench import database
from bench.bench_core import manage, server_env
from bench.loadgen import run_wrk
from bench.report import emit, note
from bench.server import ROOT, Gunicorn

CITIES = (
    ("New York", 40.7446, -73.9927), ("London", 51.5074, -0.1278),
    ("San Francisco", 37.7749, -122.4194), ("Berlin", 52.5200, 13.4050),
    ("Sydney", -33.8688, 151.2093), ("Paris", 48.8566, 2.3522),
    ("Tokyo", 35.6762, 139.6503), ("Toronto", 43.6532, -79.3832),
    ("Mumbai", 19.0760, 72.8777), ("Sao Paulo", -23.5505, -46.6333),
)  # fmt: skip
SIGMA_KM = 8.0
CUISINES = ("salads", "italian", "japanese", "mexican", "indian", "american", "thai", "vegan")
# (name, kcal, protein, carbs, fats, fiber, sat fat, sodium, grams, NOVA, diets, allergens)
DISHES = (
    ("Lentil bowl", 420, 21, 52, 13, 16, 2.0, 480, 380, 1, ["vegan", "vegetarian",
     "pescatarian", "gluten_free"], []),
    ("Salmon plate", 560, 40, 38, 26, 7, 5.0, 520, 400, 2, ["pescatarian", "gluten_free"],
     ["fish"]),
    ("Chicken wrap", 520, 36, 50, 18, 6, 4.5, 1100, 300, 3, [], ["wheat"]),
    ("Cheeseburger", 780, 42, 44, 48, 2, 21.0, 1450, 290, 4, [], ["milk", "wheat", "sesame"]),
    ("Tofu curry", 520, 18, 78, 16, 7, 9.0, 1200, 450, 3, ["vegan", "vegetarian",
     "pescatarian", "gluten_free"], ["soy"]),
    ("Greek salad", 310, 9, 14, 22, 4, 9.0, 780, 310, 2, ["vegetarian", "pescatarian",
     "gluten_free"], ["milk"]),
)  # fmt: skip
HOURS = json.dumps(
    {d: [["08:00", "23:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
)
EMAIL, PASSWORD = "nearby-bench@example.com", "bench-Password-2024!"


def _database() -> database.Database:
    raw = os.environ.get("RESTAURANTS_BENCH_DATABASE_URL")
    if raw:
        return database.Database.from_url(raw)
    base = database.bench_database()
    return database.Database.from_url(base.url.rsplit("/", 1)[0] + f"/{base.name}_restaurants")


def _point(rng: random.Random) -> tuple[float, float]:
    """A point spread normally (sigma ``SIGMA_KM``) around a random city."""
    import math

    _, lat, lon = rng.choice(CITIES)
    dlat = rng.gauss(0, SIGMA_KM) / 111.2
    dlon = rng.gauss(0, SIGMA_KM) / (111.2 * math.cos(math.radians(lat)))
    return max(-90.0, min(90.0, lat + dlat)), ((lon + dlon + 540.0) % 360.0) - 180.0


def seed(db: database.Database, count: int) -> None:
    """Bulk-insert ``count`` restaurants and four menu items each (multi-row INSERTs)."""
    rng = random.Random(2026)
    conn = db.connect()
    now = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    try:
        cursor = conn.cursor()
        cursor.execute(f"USE `{db.name}`")
        restaurant_sql = (
            "INSERT INTO restaurants (id, name, address, latitude, longitude, location, cuisine,"
            " price_level, rating, healthy_options, external_id, source, created_at, updated_at,"
            " opening_hours, timezone, fetched_at) VALUES "
            "(%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,NULL,'import',%s,%s,%s,'UTC',NULL)"
        )
        menu_sql = (
            "INSERT INTO restaurant_menu_items (restaurant_id, name, description, calories,"
            " serving_grams, protein, carbs, fats, fiber, saturated_fat, sodium, diets,"
            " allergens, processing, created_at, updated_at) VALUES "
            "(%s,%s,'',%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
        )
        batch: list[tuple] = []
        menu: list[tuple] = []
        for rid in range(1, count + 1):
            lat, lon = _point(rng)
            location = json.dumps({"latitude": lat, "longitude": lon})
            batch.append((rid, f"Restaurant {rid}", f"{rid} Bench Street", lat, lon, location,
                          rng.choice(CUISINES), rng.randrange(5), round(rng.uniform(2.5, 5), 1),
                          "[]", now, now, HOURS))  # fmt: skip
            for dish in rng.sample(DISHES, 4):
                name, kcal, p, c, f, fib, sat, na, grams, nova, diets, allergens = dish
                menu.append((rid, name, kcal, grams, p, c, f, fib, sat, na, json.dumps(diets),
                             json.dumps(allergens), nova, now, now))  # fmt: skip
            if len(batch) >= 5_000:
                cursor.executemany(restaurant_sql, batch)
                cursor.executemany(menu_sql, menu)
                conn.commit()
                batch, menu = [], []
        if batch:
            cursor.executemany(restaurant_sql, batch)
            cursor.executemany(menu_sql, menu)
            conn.commit()
        cursor.execute("ANALYZE TABLE restaurants, restaurant_menu_items")
        cursor.fetchall()
    finally:
        conn.close()


def explain(db: database.Database, lat: float, lon: float) -> list[dict]:
    """MariaDB's plan for the bounding-box query the AI service sends."""
    from sqlalchemy.dialects import mysql

    from ai.providers.local_restaurants import NearbyQuery, candidate_statement

    stmt = candidate_statement(NearbyQuery(latitude=lat, longitude=lon, radius_m=2000))
    sql = str(stmt.compile(dialect=mysql.dialect(), compile_kwargs={"literal_binds": True}))
    conn = db.connect()
    try:
        cursor = conn.cursor()
        cursor.execute(f"USE `{db.name}`")
        cursor.execute("EXPLAIN " + sql)
        columns = [c[0] for c in cursor.description]
        rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    finally:
        conn.close()
    note("query: " + " ".join(sql.split()))
    return rows


def start_ai(env: dict[str, str], log: Path) -> tuple[subprocess.Popen, str]:
    """uvicorn ai.main:app on a free loopback port; waits for /health."""
    from e2e.harness import free_port

    port = free_port()
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "ai.main:app", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning", "--no-access-log"],
            cwd=ROOT, env=env, stdout=out, stderr=out,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the AI service exited:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the AI service did not become healthy")


def sample(http: httpx.Client, url: str, token: str, points: list, **extra: str) -> tuple:
    """Latencies (ms) and candidate counts for one request per point, one at a time."""
    headers = {"Authorization": f"Bearer {token}"}
    latencies, counts = [], []
    for lat, lon in points:
        started = time.perf_counter()
        response = http.get(url, params={"latitude": lat, "longitude": lon, **extra},
                            headers=headers)  # fmt: skip
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"nearby answered {response.status_code}: {response.text[:300]}")
        counts.append(response.json()["count"])
    return latencies, counts


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    """Seed, serve, measure, explain; 0 when everything was measured and the index used."""
    count = int(os.environ.get("BENCH_RESTAURANTS", "100000"))
    samples = int(os.environ.get("BENCH_SAMPLES", "300"))
    seconds = float(os.environ.get("BENCH_SECONDS", "5"))
    db = _database()
    version = database.recreate(db)
    note(f"database: {db.name} on {db.host}:{db.port} ({version}), dropped and recreated")
    with tempfile.TemporaryDirectory(prefix="hb-bench-restaurants-") as tmp:
        workdir = Path(tmp)
        env = server_env(db, workdir, cache_url="")
        from core.keys import ensure_dev_key, public_pem

        public = workdir / "jwt_public.pem"
        public.write_bytes(public_pem(ensure_dev_key(workdir / "jwt_private.pem")))
        env.update(JWT_PUBLIC_KEY_FILE=str(public), AI_SERVICE_RETRIES="0")
        manage(env, "manage.py", "migrate", "--no-input")
        started = time.monotonic()
        seed(db, count)
        note(f"seeded {count:,} restaurants and {4 * count:,} menu items "
             f"in {time.monotonic() - started:.1f} s around {len(CITIES)} cities")  # fmt: skip
        ai_proc, ai_url = start_ai({**env, "LOG_LEVEL": "WARNING"}, workdir / "ai.log")
        env["AI_SERVICE_URL"] = ai_url
        try:
            with (
                Gunicorn(env, workdir / "gunicorn.log", workers=2) as core,
                httpx.Client(timeout=30, trust_env=False) as http,
            ):
                token = _user(http, core.url)
                url = f"{core.url}/api/v1/restaurant/nearby/"
                rng = random.Random(7)
                points = [_point(rng) for _ in range(samples)]
                sample(http, url, token, points[:20])  # warm-up
                latencies, counts = sample(http, url, token, points)
                emit("restaurants.nearby.p50", _percentile(latencies, 0.5), "ms")
                emit("restaurants.nearby.p99", _percentile(latencies, 0.99), "ms")
                emit("restaurants.candidates_p50", statistics.median(counts), "restaurants")
                emit("restaurants.candidates_max", max(counts), "restaurants")
                scored, _ = sample(http, url, token, points[:100], sort="score")
                emit("restaurants.nearby_score.p50", _percentile(scored, 0.5), "ms")
                emit("restaurants.nearby_score.p99", _percentile(scored, 0.99), "ms")
                target = _percentile(latencies, 0.5) < 30
                note(f"target p50 < 30 ms: {'met' if target else 'NOT met'}")
                centre = CITIES[0]
                query = urlencode({"latitude": centre[1], "longitude": centre[2]})
                loaded = run_wrk(
                    f"{url}?{query}", "get", {**env, "BENCH_TOKEN": token},
                    threads=2, connections=8, seconds=seconds, timeout_s=30,
                )  # fmt: skip
                emit(
                    "restaurants.nearby.loaded_requests_per_s", loaded.requests_per_second, "req/s"
                )
                emit("restaurants.nearby.loaded_p50", loaded.p50_ms, "ms")
                emit("restaurants.nearby.loaded_p99", loaded.p99_ms, "ms")
                if loaded.non_2xx or loaded.socket_errors:
                    note(f"loaded run: {loaded.non_2xx} non-2xx, {loaded.socket_errors} errors")
        finally:
            ai_proc.terminate()
            ai_proc.wait(timeout=20)
    plan = explain(db, CITIES[0][1], CITIES[0][2])
    for row in plan:
        note("EXPLAIN " + ", ".join(f"{k}={v}" for k, v in row.items()))
    used = any(row.get("key") == "restaurants_lat_lng" for row in plan)
    note(f"index restaurants_lat_lng used: {'yes' if used else 'NO'}")
    return 0 if used else 1


def _user(http: httpx.Client, core_url: str) -> str:
    """Register the bench user with a full profile and today's log; returns a token."""
    body = {"email": EMAIL, "name": "Bench", "password": PASSWORD, "password2": PASSWORD}
    registered = http.post(f"{core_url}/api/v1/auth/register/", json=body)
    if registered.status_code != 201:
        raise RuntimeError(f"register answered {registered.status_code}: {registered.text}")
    token = registered.json()["tokens"]["access"]
    headers = {"Authorization": f"Bearer {token}"}
    profile = {"age": 34, "gender": "female", "height": 168, "weight": 64,
               "activity_level": "moderate", "goals": ["eat_healthier"],
               "dietary_preferences": ["vegetarian"], "allergies": ["peanuts"]}  # fmt: skip
    if http.patch(f"{core_url}/api/v1/profile/", json=profile, headers=headers).status_code != 200:
        raise RuntimeError("could not set the bench user's profile")
    food = {"name": "Oatmeal", "calories": 300, "nutrients": {"protein": 10, "carbs": 50}}
    if http.post(f"{core_url}/api/v1/foods/", json=food, headers=headers).status_code != 201:
        raise RuntimeError("could not log the bench user's breakfast")
    return token


if __name__ == "__main__":
    raise SystemExit(main())

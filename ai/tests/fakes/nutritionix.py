"""A fake Nutritionix Track API v2 speaking its wire protocol.

``POST /v2/natural/nutrients`` with ``x-app-id``/``x-app-key`` headers (missing or wrong:
401 ``{"message": "unauthorized"}``), a JSON body with ``query`` (missing: 400) and
optional ``line_delimited``/``timezone``/``num_servings``. Answers ``{"foods": [...]}``
with Nutritionix's fields (``food_name``, ``serving_qty``, ``serving_unit``,
``serving_weight_grams``, ``nf_*``, ``full_nutrients[{attr_id, value}]``, ``tags``,
``ndb_no``); a query with no known food: 404 ``{"message": "We couldn't match any of
your foods"}``. Faults (429 + Retry-After, 5xx, slow, dropped) come from ``FakeServer``.
"""

from __future__ import annotations

import json

from ai.tests.fakes.food_server import FakeServer, Recorded, Reply
from ai.tests.fakes.foods import FOODS, read_line

PATH = "/v2/natural/nutrients"
APP_ID, APP_KEY = "fake-nix-id", "fake-nix-key"


def _food(name: str, quantity: float) -> dict:
    unit, grams, kcal, protein, fat, carbs, sodium = FOODS[name]
    return {
        "food_name": name,
        "brand_name": None,
        "serving_qty": quantity,
        "serving_unit": unit,
        "serving_weight_grams": grams * quantity,
        "nf_calories": kcal * quantity,
        "nf_total_fat": fat * quantity,
        "nf_saturated_fat": None,
        "nf_cholesterol": None,
        "nf_sodium": sodium * quantity,
        "nf_total_carbohydrate": carbs * quantity,
        "nf_dietary_fiber": None,
        "nf_sugars": None,
        "nf_protein": protein * quantity,
        "nf_potassium": None,
        "nf_p": None,
        "full_nutrients": [
            {"attr_id": 203, "value": protein * quantity},
            {"attr_id": 204, "value": fat * quantity},
            {"attr_id": 205, "value": carbs * quantity},
            {"attr_id": 208, "value": kcal * quantity},
            {"attr_id": 307, "value": sodium * quantity},
        ],
        "tags": {"item": name, "measure": unit, "quantity": f"{quantity:.1f}", "tag_id": 1},
        "ndb_no": 1123 if name == "egg" else None,
        "source": 1,
        "alt_measures": [{"serving_weight": grams, "measure": unit, "seq": 1, "qty": 1}],
        "metadata": {},
        "photo": {"thumb": "https://example.invalid/thumb.jpg"},
    }


def handler(request: Recorded) -> Reply:
    if request.path != PATH:
        return Reply.json(404, {"message": "resource not found"})
    if request.method != "POST":
        return Reply.json(405, {"message": "method not allowed"})
    if request.headers.get("x-app-id") != APP_ID or request.headers.get("x-app-key") != APP_KEY:
        return Reply.json(401, {"message": "unauthorized", "id": "unauthorized"})
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return Reply.json(400, {"message": "invalid JSON"})
    query = body.get("query") if isinstance(body, dict) else None
    if not isinstance(query, str) or not query.strip():
        return Reply.json(400, {"message": 'child "query" fails because ["query" is required]'})
    lines = query.split("\n") if body.get("line_delimited") else [query]
    foods = [_food(*found) for line in lines if (found := read_line(line))]
    if not foods:
        return Reply.json(404, {"message": "We couldn't match any of your foods", "id": "x"})
    return Reply.json(200, {"foods": foods})


def error_body(status: int) -> Reply:
    messages = {401: "usage limits exceeded", 429: "rate limit exceeded"}
    return Reply.json(status, {"message": messages.get(status, "internal error")})


def make() -> FakeServer:
    return FakeServer(handler=handler, error_body=error_body)

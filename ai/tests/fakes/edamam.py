"""A fake Edamam Nutrition Analysis API speaking its wire protocol.

``GET /api/nutrition-data`` with ``app_id`` and ``app_key`` query parameters (wrong: 401
``{"status": "error", "message": "Unauthorized app_id = ..."}``), ``ingr`` (one line;
missing: 400) and ``nutrition-type``. Known foods get the classic body (``calories``,
``totalWeight``, ``totalNutrients{CODE: {label, quantity, unit}}``, ``ingredients[].parsed``)
or, with ``shape = "parsed-only"``, the drifted one where only
``ingredients[0].parsed[].nutrients`` carries values. An unknown line gets 555 with an
HTML body, as Edamam documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from ai.tests.fakes.food_server import FakeServer, Recorded, Reply
from ai.tests.fakes.foods import FOODS, read_line

PATH = "/api/nutrition-data"
APP_ID, APP_KEY = "fake-edamam-id", "fake-edamam-key"


def _nutrients(protein: float, fat: float, carbs: float, sodium: float, kcal: float) -> dict:
    return {
        "ENERC_KCAL": {"label": "Energy", "quantity": kcal, "unit": "kcal"},
        "PROCNT": {"label": "Protein", "quantity": protein, "unit": "g"},
        "FAT": {"label": "Fat", "quantity": fat, "unit": "g"},
        "CHOCDF": {"label": "Carbs", "quantity": carbs, "unit": "g"},
        "NA": {"label": "Sodium", "quantity": sodium, "unit": "mg"},
    }


@dataclass
class EdamamFake(FakeServer):
    shape: str = "classic"  # or "parsed-only"

    def answer(self, request: Recorded) -> Reply:
        if request.path != PATH:
            return Reply(404, b"<html><body>Not Found</body></html>", "text/html")
        query = {k: v[0] for k, v in request.query.items()}
        if query.get("app_id") != APP_ID or query.get("app_key") != APP_KEY:
            message = f"Unauthorized app_id = {query.get('app_id', '')}"
            return Reply.json(401, {"status": "error", "message": message})
        line = query.get("ingr")
        if not line:
            return Reply.json(400, {"status": "error", "message": "ingr is required"})
        found = read_line(line)
        if found is None:
            html = (
                b"<html><body>Recipe with insufficient quality to process correctly</body></html>"
            )
            return Reply(555, html, "text/html")
        name, quantity = found
        unit, grams, kcal, protein, fat, carbs, sodium = FOODS[name]
        q = quantity
        nutrients = _nutrients(protein * q, fat * q, carbs * q, sodium * q, kcal * q)
        parsed = {
            "quantity": q,
            "measure": unit,
            "foodMatch": name,
            "food": name,
            "foodId": f"food_{name}",
            "weight": grams * q,
            "retainedWeight": grams * q,
            "nutrients": nutrients,
            "status": "OK",
        }
        if self.shape == "parsed-only":
            return Reply.json(
                200, {"uri": "x", "ingredients": [{"text": line, "parsed": [parsed]}]}
            )
        body = {
            "uri": "http://www.edamam.com/ontologies/edamam.owl#recipe_x",
            "calories": round(kcal * q),
            "totalWeight": grams * q,
            "dietLabels": [],
            "healthLabels": ["VEGETARIAN"],
            "cautions": [],
            "totalNutrients": nutrients,
            "totalDaily": {},
            "ingredients": [{"text": line, "parsed": [parsed]}],
        }
        return Reply.json(200, body)


def error_body(status: int) -> Reply:
    if status == 401:
        return Reply.json(401, {"status": "error", "message": "Unauthorized app_id = x"})
    if status == 429:
        return Reply.json(429, {"status": "error", "message": "Usage limits are exceeded"})
    return Reply(status, b"<html><body>Server error</body></html>", "text/html")


def make(shape: str = "classic") -> EdamamFake:
    fake = EdamamFake(handler=lambda r: Reply(500, b""), error_body=error_body, shape=shape)
    fake.handler = fake.answer
    return fake

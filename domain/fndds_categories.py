"""Our catalog category of an FNDDS food, from its WWEIA food category number.

WWEIA numbers are grouped by USDA in ranges (10xx-19xx milk and dairy, 20xx-29xx protein
foods, 30xx-39xx mixed dishes, ...), so the table below is keyed by number ranges, with
single codes where a range mixes kinds (e.g. 8010 mayonnaise is a condiment, 8012 oils are
fats). The category names are ``core.catalog.tags.CATEGORIES``.
"""

from __future__ import annotations

# (first WWEIA number, last WWEIA number, category); the first matching row wins.
WWEIA_CATEGORY_RANGES: tuple[tuple[int, int, str], ...] = (
    (1002, 1402, "dairy"),  # milk, flavored milk, milk shakes and dairy drinks
    (1602, 1822, "dairy"),  # cheese, yogurt
    (1902, 1902, "beverages"),  # plant-based milk
    (1904, 1904, "dairy"),  # plant-based yogurt (a dairy alternative)
    (2002, 2010, "meat"),
    (2202, 2206, "poultry"),
    (2402, 2404, "fish"),  # fish and shellfish
    (2502, 2502, "eggs"),
    (2602, 2608, "meat"),  # cold cuts, bacon, frankfurters, sausages
    (2802, 2802, "legumes"),
    (2804, 2804, "nuts_seeds"),
    (2806, 2806, "legumes"),  # soy and meat-alternative products
    (3002, 3899, "mixed_dishes"),  # mixed dishes, sandwiches, soups
    (4002, 4004, "grains"),  # rice, pasta, cooked grains
    (4202, 4404, "breads"),  # breads, rolls, tortillas, quick breads, pancakes
    (4602, 4804, "grains"),  # cereals, oatmeal, grits
    (5002, 5404, "snacks"),  # chips, popcorn, pretzels, crackers, bars
    (5502, 5806, "sweets"),  # cakes, cookies, candy, ice cream, pudding, gelatins
    (6002, 6024, "fruits"),
    (6402, 6806, "vegetables"),  # incl. white potatoes
    (7002, 7804, "beverages"),  # juices, soft drinks, coffee, tea, alcohol, water
    (8002, 8004, "fats_oils"),  # butter, animal fats, margarine
    (8006, 8008, "dairy"),  # cream cheese, sour cream, cream
    (8010, 8010, "condiments"),  # mayonnaise
    (8012, 8012, "fats_oils"),  # salad dressings and vegetable oils
    (8402, 8412, "condiments"),
    (8802, 8806, "sweets"),  # sugars, honey, sweeteners, jams, syrups
    (9002, 9002, "grains"),  # baby cereals
    (9004, 9004, "fruits"),
    (9006, 9006, "vegetables"),
    (9007, 9008, "mixed_dishes"),
    (9010, 9010, "dairy"),
    (9012, 9012, "snacks"),
    (9202, 9404, "beverages"),  # baby juice and water, infant formula
    (9602, 9602, "beverages"),  # human milk
    (9802, 9802, "beverages"),  # protein and nutritional powders
)


def category_for_wweia(code: str) -> str:
    """The catalog category for a WWEIA number ("3602" -> "mixed_dishes"), or ""."""
    try:
        number = int(code)
    except (TypeError, ValueError):
        return ""
    for first, last, category in WWEIA_CATEGORY_RANGES:
        if first <= number <= last:
            return category
    return ""  # 9999 "Not included in a food category" (as-ingredient codes)

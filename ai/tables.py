"""The core's tables as the AI service reads them: declared once, here, on one MetaData.

The core (Django) owns the schema; its models and migrations are the source of truth for
names and types. Each table below declares only the columns some AI module reads (the
union of them), never the whole table, and nothing here ever creates, alters or writes a
table: ``metadata`` is never passed to ``create_all``, and connections are read-only
anyway (see ``ai.db``).

Types are chosen for how the columns are read, the same on SQLite and MySQL/MariaDB:

- Datetimes are ``DateTime``: Django stores naive UTC (SQLite: text ``YYYY-MM-DD
  HH:MM:SS[.ffffff]``; MySQL: DATETIME) and rows come back as ``datetime``. A query that
  must compare against the stored text exactly binds its own ``String`` value instead
  (``ai.providers.local_restaurants._db_time``).
- Django ``JSONField`` columns (TEXT on SQLite, LONGTEXT on MariaDB) are ``JSON``, which
  decodes both, except the restaurant columns read as raw ``Text``: ``opening_hours`` is
  parsed lazily (only for the candidates whose hours are needed), and the menu's
  ``diets``/``allergens`` are matched with ``LIKE '%"tag"%'`` and parsed once per
  distinct text.
- Catalog tag lists (``core.catalog.models.TagListField``) are ``,a,b,`` strings.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)

metadata = MetaData()

# core/accounts/models.py (User): the caller and their health profile.
users = Table(
    "users",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("email", String(254), nullable=False),
    Column("name", String(150), nullable=False),
    Column("is_active", Boolean, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("ai_data_sharing_consented_at", DateTime, nullable=True),
    Column("gender", String(20)),
    Column("age", SmallInteger),
    Column("height", Float),
    Column("weight", Float),
    Column("body_fat_percent", Float),
    Column("activity_level", String(20)),
    Column("goals", JSON),
    Column("dietary_preferences", JSON),
    Column("allergies", JSON),
)

# core/foodlog/models.py (FoodEntry). The ``nutrient_*`` columns are stored generated
# columns the database derives from ``nutrients``.
foods = Table(
    "foods",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("user_id", BigInteger),
    Column("name", String(200)),
    Column("calories", Float),
    Column("nutrients", JSON),
    Column("meal", String(10)),
    Column("logged_at", DateTime),
    Column("nutrient_sodium", Float),
    Column("nutrient_saturated_fat", Float),
)

# core/weight/models.py (WeightEntry): the weight log, kg at ``measured_at`` (UTC).
weight_entries = Table(
    "weight_entries",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("user_id", BigInteger),
    Column("weight", Float),
    Column("measured_at", DateTime),
)


def _plan_document(name: str, document: str) -> Table:
    """A ``core.plans.models.PlanDocument`` table: a user's JSON documents, one active."""
    return Table(
        name,
        metadata,
        Column("id", BigInteger, primary_key=True),
        Column("user_id", BigInteger),
        Column(document, JSON),
        Column("is_active", Boolean),
        Column("created_at", DateTime),
    )


# core/plans/models.py (DietPlan, Workout).
diet_plans = _plan_document("diet_plans", "plan")
workouts = _plan_document("workouts", "workout")

# core/catalog/models.py (CatalogFood, CatalogPortion).
catalog_foods = Table(
    "catalog_foods",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("kind", String(16)),
    Column("ndb_no", String(10)),
    Column("food_code", String(8)),
    Column("description", String(255)),
    Column("additional_description", String(500)),
    Column("wweia_category_code", String(4)),
    Column("wweia_category", String(80)),
    Column("data_source", String(12)),
    Column("common_name", String(120)),
    Column("food_group", String(80)),
    Column("category", String(20)),
    Column("is_starter", Boolean),
    Column("energy_kcal", Float),
    Column("nutrients", JSON),
    Column("diet_tags", String(200)),
    Column("allergen_tags", String(200)),
    Column("unknown_allergens", String(200)),
    Column("meal_suitability", String(80)),
    Column("updated_at", DateTime),
)
catalog_portions = Table(
    "catalog_portions",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("food_id", BigInteger),
    Column("seq", SmallInteger),
    Column("amount", Float),
    Column("unit", String(120)),
    Column("gram_weight", Float),
    Column("is_default", Boolean),
)

# core/restaurants/models/ (Restaurant, MenuItem, SearchArea).
restaurants = Table(
    "restaurants",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("name", String(200)),
    Column("address", String(300)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("cuisine", String(50)),
    Column("price_level", SmallInteger),
    Column("rating", Float),
    Column("external_id", String(255)),
    Column("source", String(20)),
    Column("opening_hours", Text),  # JSON text, parsed only when needed
    Column("timezone", String(64)),
)
restaurant_menu_items = Table(
    "restaurant_menu_items",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("restaurant_id", BigInteger),
    Column("name", String(200)),
    Column("calories", Float),
    Column("serving_grams", Float),
    Column("protein", Float),
    Column("carbs", Float),
    Column("fats", Float),
    Column("fiber", Float),
    Column("saturated_fat", Float),
    Column("sodium", Float),
    Column("diets", Text),  # JSON list text, matched with LIKE
    Column("allergens", Text),  # JSON list text
    Column("processing", SmallInteger),
)
restaurant_search_areas = Table(
    "restaurant_search_areas",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("key", String(100)),
    Column("fetched_at", DateTime),
)

# Column groups that several modules select together.
# The health profile: what energy targets and the day's budget are computed from.
HEALTH_PROFILE = (
    users.c.gender,
    users.c.age,
    users.c.height,
    users.c.weight,
    users.c.body_fat_percent,
    users.c.activity_level,
    users.c.goals,
    users.c.dietary_preferences,
    users.c.allergies,
)
# A catalog food's name and nutrition (per 100 g), and its tag lists.
CATALOG_FOOD_BASICS = (
    catalog_foods.c.id,
    catalog_foods.c.description,
    catalog_foods.c.common_name,
    catalog_foods.c.category,
    catalog_foods.c.is_starter,
    catalog_foods.c.energy_kcal,
    catalog_foods.c.nutrients,
)
CATALOG_FOOD_TAGS = (
    catalog_foods.c.diet_tags,
    catalog_foods.c.allergen_tags,
    catalog_foods.c.unknown_allergens,
    catalog_foods.c.meal_suitability,
    catalog_foods.c.data_source,
)
# A portion as the analyser and the planner read it (``id`` is never needed).
CATALOG_PORTION = (
    catalog_portions.c.food_id,
    catalog_portions.c.seq,
    catalog_portions.c.amount,
    catalog_portions.c.unit,
    catalog_portions.c.gram_weight,
)

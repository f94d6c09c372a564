"""Turning tool results into the local assistant's answers: specific, with numbers and units.

Numbers are formatted one way everywhere (``amount``): kcal and mg as whole numbers with
thousands separators, grams whole from 10 g up and to one decimal below.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from domain.assistant.tools import (
    UNITS,
    IntakeResult,
    KnowledgeResult,
    LookupResult,
    PlansResult,
    RemainingResult,
    SuggestResult,
)

NAMES = {
    "calories": "calories",
    "protein": "protein",
    "carbs": "carbohydrate",
    "fats": "fat",
    "fiber": "fiber",
    "sugar": "sugar",
    "saturated_fat": "saturated fat",
    "sodium": "sodium",
    "potassium": "potassium",
    "calcium": "calcium",
    "iron": "iron",
    "cholesterol": "cholesterol",
}
MACROS = ("protein", "carbs", "fats")
CAPABILITIES = (
    "I can tell you what you've eaten (\"How much protein have I had today?\"), what's left "
    "in today's calorie budget, the calories and nutrients of a food and amount (\"How many "
    "calories are in 2 cups of rice?\"), what's on your diet and workout plans, foods that fit "
    "the rest of your day, and general nutrition and fitness facts with their sources."
)


def number(value: float, unit: str) -> str:
    """``value`` rounded for its unit: kcal/mg whole, g whole from 10 and 0.1 below."""
    if unit in ("kcal", "mg") or abs(value) >= 10:
        return f"{round(value):,}"
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def amount(value: float, key: str) -> str:
    """``1,240 kcal``, ``62 g``, ``2,300 mg``."""
    unit = UNITS.get(key, "g")
    return f"{number(value, unit)} {unit}"


def named(value: float, key: str) -> str:
    """``62 g protein`` / ``1,240 kcal``."""
    return amount(value, key) if key == "calories" else f"{amount(value, key)} {NAMES[key]}"


def join(parts: Iterable[str]) -> str:
    items = [p for p in parts if p]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _of_target(value: float, key: str, targets: dict[str, float] | None) -> str:
    target = (targets or {}).get(key)
    if not target:
        return ""
    word = "limit" if key == "sodium" else "target"
    return f" ({round(100 * value / target)} % of your {amount(target, key)} {word})"


def intake(result: IntakeResult, asked: Sequence[str]) -> str:
    """An answer about what was eaten in a period."""
    when = result.period
    if result.entries == 0:
        return (
            f"You haven't logged any food {when}, so your logged intake is 0 kcal. "
            "Log your meals and I can total calories and nutrients for you."
        )
    keys = [k for k in asked if k in result.totals] or ["calories"]
    totals, targets = result.totals, result.daily_targets
    if result.days == 1:
        lead = "You have had" if when == "today" else "You had"
        first = f"{lead} {named(totals[keys[0]], keys[0])} {when}"
        first += _of_target(totals[keys[0]], keys[0], targets)
        others = [named(totals[k], k) for k in keys[1:]]
        rest = [k for k in ("calories", *MACROS) if k not in keys]
        sentence = first + (f", and {join(others)}" if others else "") + "."
        sentence += f" Altogether: {join(named(totals[k], k) for k in rest)}"
        sentence += (
            f" from {result.entries} logged {'entry' if result.entries == 1 else 'entries'}."
        )
        if result.by_meal and set(result.by_meal) != {"unspecified"}:
            meals = [f"{meal} {amount(kcal, 'calories')}" for meal, kcal in result.by_meal.items()]
            sentence += f" By meal: {join(meals)}."
        return sentence
    sentence = (
        f"{when[0].upper()}{when[1:]} ({result.first_date.isoformat()} to "
        f"{result.last_date.isoformat()}) you logged food on {result.days_logged} of "
        f"{result.days} days: {join(named(totals[k], k) for k in keys)} in total"
    )
    averages = [f"{named(result.daily_average[k], k)}" for k in keys]
    sentence += f", an average of {join(averages)} a day"
    target = (targets or {}).get(keys[0])
    if target:
        sentence += f" against a daily target of {amount(target, keys[0])}"
    sentence += "."
    if keys != ["calories"] and "calories" not in keys:
        sentence += f" Calories: {amount(totals['calories'], 'calories')} in total."
    elif keys == ["calories"]:
        macros = join(f"{named(result.daily_average[k], k)}" for k in MACROS)
        sentence += f" Daily averages of the macros: {macros}."
    return sentence


def remaining(result: RemainingResult, asked: Sequence[str]) -> str:
    """An answer about what is left in today's budget."""
    consumed = result.consumed
    if result.targets is None:
        missing = join(result.missing_profile) or "the fields the targets need"
        return (
            "I can't work out a daily budget for you yet: your profile is missing "
            f"{missing}, and you have no active diet plan with a calorie target. "
            f"So far today you've logged {amount(consumed.get('calories', 0.0), 'calories')}. "
            "Add those profile details (or activate a diet plan) and ask again."
        )
    keys = [k for k in asked if k in result.targets] or ["calories"]
    parts = []
    for key in keys:
        left, target = result.remaining[key], result.targets[key]
        eaten = consumed.get(key, 0.0)
        if key == "sodium":
            parts.append(
                f"You have {amount(max(left, 0), key)} of sodium left under your "
                f"{amount(target, key)} limit ({amount(eaten, key)} logged today)."
                if left >= 0
                else f"You are {amount(-left, key)} over your {amount(target, key)} sodium limit "
                f"today ({amount(eaten, key)} logged)."
            )
        elif left >= 0:
            parts.append(
                f"You have {named(left, key)} left today: your target is {amount(target, key)} "
                f"and you've logged {amount(eaten, key)}."
            )
        else:
            parts.append(
                f"You are {named(-left, key)} over your {amount(target, key)} target today "
                f"({amount(eaten, key)} logged)."
            )
    extra = [k for k in ("calories", *MACROS) if k in result.remaining and k not in keys]
    if extra:
        bits = [
            f"{NAMES[k]} {amount(result.remaining[k], k)} to go"
            if result.remaining[k] >= 0
            else f"{NAMES[k]} {amount(-result.remaining[k], k)} over"
            for k in extra
        ]
        parts.append(f"Also: {join(bits)}.")
    source = "your active diet plan" if result.target_source == "diet plan" else "your profile"
    parts.append(f"(Targets from {source}.)")
    return " ".join(parts)


def targets_answer(result: RemainingResult, asked: Sequence[str]) -> str:
    """An answer stating the user's daily targets."""
    if result.targets is None:
        missing = join(result.missing_profile) or "some details"
        return (
            f"I can't compute your personal targets yet: your profile is missing {missing} "
            "and you have no active diet plan."
        )
    keys = [k for k in asked if k in result.targets] or [
        k for k in ("calories", *MACROS, "fiber") if k in result.targets
    ]
    source = (
        "your active diet plan"
        if result.target_source == "diet plan"
        else "your profile (Mifflin-St Jeor energy estimate, your activity level and goal)"
    )
    values = join(named(result.targets[k], k) for k in keys)
    text = f"Your daily target is {values}, from {source}."
    if "sodium" in result.targets and "sodium" not in keys and len(keys) > 1:
        text += f" Keep sodium under {amount(result.targets['sodium'], 'sodium')}."
    return text


def lookup(result: LookupResult, asked: Sequence[str]) -> str:
    """An answer about a food's calories and nutrients."""
    if not result.found:
        return (
            f"I couldn't find \"{result.description}\" in the food catalog, so I can't give "
            "its calories. Try a common food name with an amount, for example "
            '"2 cups of cooked rice" or "150 g chicken breast".'
        )
    what = join(f"{item.text} ({item.food}, {number(item.grams, 'g')} g)" for item in result.items)
    keys = [k for k in asked if k != "calories" and k in UNITS]
    nutrients = result.nutrients
    if keys:
        values = [named(nutrients[k], k) for k in keys if k in nutrients]
        unknown = [NAMES[k] for k in keys if k not in nutrients]
        text = f"{what} has {join(values)}" if values else f"{what}"
        text += f", and {amount(result.calories, 'calories')}."
        if unknown:
            text += f" The catalog has no {join(unknown)} value for it."
    else:
        text = f"{what} has about {amount(result.calories, 'calories')}."
    text = text[0].upper() + text[1:]
    macros = [
        named(nutrients[k], k) for k in (*MACROS, "fiber") if k in nutrients and k not in keys
    ]
    if macros:
        text += f" It also provides {join(macros)}."
    if result.unmatched:
        text += (
            f" I couldn't match {join(repr(u) for u in result.unmatched)}, so it is not counted."
        )
    return text


def plans(result: PlansResult, kind: str, meal: str | None = None) -> str:
    """An answer about the active diet and/or workout plan for a day."""
    day = result.day.capitalize()
    parts = []
    if kind in ("diet", "both"):
        diet = result.diet
        if diet is None:
            parts.append(
                "You don't have an active diet plan. You can generate one from your profile, "
                "and I'll be able to tell you what's on it."
            )
        else:
            head = "Your active diet plan"
            if diet.daily_calorie_target:
                head += f" targets {amount(diet.daily_calorie_target, 'calories')} a day"
                macros = [
                    named(diet.macros[f"{k}_grams"], k)
                    for k in MACROS
                    if f"{k}_grams" in diet.macros
                ]
                if macros:
                    head += f" ({join(macros)})"
            meals = [m for m in diet.meals if not meal or m.get("meal") == meal]
            if meals:
                listed = [
                    f"{m.get('meal')}: {m.get('name')} "
                    f"({amount(float(m.get('calories') or 0), 'calories')})"
                    for m in meals
                ]
                total = sum(float(m.get("calories") or 0) for m in meals)
                head += f". {day}: {'; '.join(listed)}"
                if len(meals) > 1:
                    head += f"; {amount(total, 'calories')} in total"
            elif meal:
                head += f". It has no {meal} planned for {day}"
            else:
                head += f". It has no meals listed for {day}"
            parts.append(head + ".")
    if kind in ("workout", "both"):
        workout = result.workout
        if workout is None:
            parts.append(
                "You don't have an active workout plan. You can generate one from your profile."
            )
        else:
            level = f" ({workout.difficulty})" if workout.difficulty else ""
            if workout.is_rest_day:
                text = f"{day} is a rest day in your workout plan{level}."
            else:
                listed = [_exercise(e) for e in workout.exercises]
                text = f"Your workout plan{level} for {day}: {'; '.join(listed)}."
            if workout.rest_days:
                text += f" Rest days: {join(d.capitalize() for d in workout.rest_days)}."
            if workout.training_days:
                text += f" Training days: {join(d.capitalize() for d in workout.training_days)}."
            parts.append(text)
    return " ".join(parts)


def _exercise(entry: dict) -> str:
    text = str(entry.get("exercise"))
    if entry.get("sets") and entry.get("reps"):
        text += f" {entry['sets']} x {entry['reps']}"
    if entry.get("duration"):
        text += f" ({number(float(entry['duration']), 'g')} min)"
    return text


def suggestions(result: SuggestResult, meal: str | None) -> str:
    """An answer listing foods that fit the rest of the day."""
    restrictions = (
        f" and your restrictions ({join(result.restrictions)})" if result.restrictions else ""
    )
    fit = f"fit your day{restrictions}"
    if result.remaining_calories is not None and result.remaining_calories <= 30:
        return (
            f"You have {amount(max(result.remaining_calories, 0), 'calories')} left today, so "
            "nothing more fits your budget. If you're hungry, raw vegetables, a clear soup or a "
            "glass of water are very low in calories."
        )
    if not result.foods:
        return (
            f"I couldn't find catalog foods up to {amount(result.max_calories_each, 'calories')} "
            f"that {fit}."
        )
    budget = (
        f"You have {amount(result.remaining_calories, 'calories')} left today. "
        if result.remaining_calories is not None
        else ""
    )
    what = f"{meal} ideas" if meal else "Ideas"
    listed = [
        f"{food.name} ({food.portion}, {number(food.grams, 'g')} g): "
        f"{amount(food.calories, 'calories')}, {amount(food.protein, 'protein')} protein, "
        f"{amount(food.fiber, 'fiber')} fiber"
        for food in result.foods
    ]
    return (
        f"{budget}{what[0].upper()}{what[1:]} up to {amount(result.max_calories_each, 'calories')} "
        f"each that {fit}: {'; '.join(listed)}."
    )


def knowledge(result: KnowledgeResult) -> str:
    """The best knowledge-base entries, each with its source."""
    texts = [f"{entry.text} (Source: {entry.source}.)" for entry in result.entries]
    return " ".join(texts)


def out_of_scope() -> str:
    """Said when a question is outside nutrition and fitness altogether."""
    return (
        "That's outside what I can help with: I'm a nutrition and fitness assistant, so I "
        f"can't look that up. {CAPABILITIES}"
    )


def not_covered() -> str:
    """Said when a nutrition question is not covered by the knowledge base: no guessing."""
    return (
        "I don't have a reliable, sourced answer to that in my knowledge base, so I won't "
        "guess. For personal medical or dietary advice, a doctor or registered dietitian is "
        f"the right person to ask. {CAPABILITIES}"
    )


def help_text() -> str:
    return f"Hi! I'm your Health-Bite nutrition and fitness assistant. {CAPABILITIES}"

"""Turning tool results into the local assistant's answers: specific, with numbers and units.

Numbers are formatted one way everywhere (``amount``): kcal and mg as whole numbers with
thousands separators, grams whole from 10 g up and to one decimal below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from domain.assistant.tools import (
    EXTRA_NUTRIENTS,
    UNITS,
    FoodSearchResult,
    IntakeResult,
    KnowledgeResult,
    LookupResult,
    PlansResult,
    RemainingResult,
    SuggestResult,
    WeightPoint,
    WeightResult,
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


def _foods(result: IntakeResult) -> str:
    """ " Foods: Oatmeal with blueberries (breakfast, 320 kcal); ..." for one or a few days."""
    if not result.items or result.days > 3:
        return ""
    listed = []
    for item in result.items:
        where = item.meal if not result.meal else ""
        if result.days > 1:
            where = f"{item.date.strftime('%a')} {where}".strip()
        detail = ", ".join(p for p in (where, amount(item.calories, "calories")) if p)
        listed.append(f"{item.name} ({detail})")
    return f" What you logged: {'; '.join(listed)}."


def intake(result: IntakeResult, asked: Sequence[str]) -> str:
    """An answer about what was eaten in a period (one meal's when ``result.meal``)."""
    when = result.period
    if result.entries == 0:
        what = f"any {result.meal}" if result.meal else "any food"
        return (
            f"No, you haven't logged {what} {when}, so your logged intake for it is 0 kcal. "
            "Log your meals and I can total calories and nutrients for you."
        )
    if result.meal:
        keys = [k for k in asked if k in result.totals] or ["calories"]
        names = join(item.name for item in result.items)
        values = join(named(result.totals[k], k) for k in dict.fromkeys([*keys, "calories"]))
        # "By meal" as in the whole-day answers, so the meal's total reads the same way.
        return (
            f"For {result.meal} {when} you had {names}: {values} "
            f"from {result.entries} logged {'entry' if result.entries == 1 else 'entries'}. "
            f"By meal: {result.meal} {amount(result.totals['calories'], 'calories')}."
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
        return sentence + _foods(result)
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
    return sentence + _extremes(result, keys[0]) + _foods(result)


def _extremes(result: IntakeResult, key: str) -> str:
    """ " Highest: Wednesday 2026-11-25 (2,115 kcal); lowest: ..." over the logged days."""
    days = {d: totals.get(key, 0.0) for d, totals in result.by_day.items()}
    if len(days) < 2:
        return ""
    high, low = max(days, key=days.__getitem__), min(days, key=days.__getitem__)

    def label(day: str) -> str:
        return f"{date.fromisoformat(day).strftime('%A')} {day} ({amount(days[day], key)})"

    return f" Highest day: {label(high)}; lowest: {label(low)}."


def target_check(result: IntakeResult, asked: Sequence[str], check: str) -> str:
    """Yes or no first, then the numbers: intake against the daily target per day.

    ``check`` is ``over`` ("did I go over my calories"), ``under`` ("did I stay under my
    calories") or ``reached`` ("did I hit my protein"). Over several days, each logged day
    is judged on its own.
    """
    key = next((k for k in asked if k in UNITS), "calories")
    target = (result.daily_targets or {}).get(key)
    if target is None and result.daily_targets:
        # Targets exist, just none for this nutrient (sugar): setting up a profile would
        # not help; the amount eaten is still given.
        return (
            f"You have no daily {NAMES.get(key, key)} target to compare with, so I can't say "
            f"yes or no. {intake(result, [key])}"
        )
    if target is None:
        return (
            "I can't say without a daily target: add your profile details or activate a "
            f"diet plan. {intake(result, [key])}"
        )
    if result.entries == 0:
        return intake(result, [key])
    days = {d: totals.get(key, 0.0) for d, totals in result.by_day.items()}

    def hit(value: float) -> bool:
        if check == "over":
            return value > target
        if check == "under":
            return value <= target
        return value >= target

    hits = [d for d, value in days.items() if hit(value)]
    word = "limit" if key == "sodium" else "target"
    goal = f"your {amount(target, key)} {'' if key == 'calories' else NAMES[key] + ' '}{word}"
    if result.days == 1:
        value = days.get(result.first_date.isoformat(), 0.0)
        gap = amount(abs(value - target), key)
        if check == "under":
            if value <= target:
                return f"Yes: you had {named(value, key)} {result.period}, {gap} under {goal}."
            return f"No, you had {named(value, key)} {result.period}, {gap} over {goal}."
        if value > target:
            answer = "Yes" if check == "over" else "Yes, and then some"
            text = f"{answer}: you had {named(value, key)} {result.period}, {gap} over {goal}."
        elif value >= target:
            answer = "Yes" if check == "reached" else "Right on it"
            text = f"{answer}: you had {named(value, key)} {result.period}, meeting {goal}."
        else:
            text = (
                f"No, you had {named(value, key)} {result.period}, {gap} short of {goal}."
                if check == "reached"
                else f"No, you stayed {gap} under {goal}: {named(value, key)} {result.period}."
            )
        return text
    verb = {"over": "went over", "under": "stayed within"}.get(check, "reached")
    answer = "Yes" if hits else "No"
    listed = join(f"{d} {amount(v, key)}" for d, v in days.items())
    return (
        f"{answer}: you {verb} {goal} on {len(hits)} of the {len(days)} days you logged "
        f"{result.period} ({result.first_date.isoformat()} to {result.last_date.isoformat()}). "
        f"Per day: {listed}."
    )


def comparison(first: IntakeResult, second: IntakeResult, asked: Sequence[str]) -> str:
    """Two periods side by side: totals for single days, daily averages for longer ones."""
    key = next((k for k in asked if k in first.totals), "calories")
    per_day = first.days > 1 or second.days > 1

    def value(result: IntakeResult) -> float:
        return result.daily_average[key] if per_day else result.totals[key]

    def when(result: IntakeResult) -> str:
        if result.days == 1 and result.period in ("today", "yesterday"):
            day = result.first_date
            return f"{result.period} ({day.strftime('%A')} {day.isoformat()})"
        return result.period

    def said(result: IntakeResult) -> str:
        if not result.entries:
            return f"{when(result)} nothing is logged (0 {UNITS.get(key, 'g')})"
        average = " a day on average" if per_day else ""
        return f"{when(result)} you had {named(value(result), key)}{average}"

    a, b = value(first), value(second)
    text = f"{said(first)[0].upper()}{said(first)[1:]}; {said(second)}."
    if first.entries and second.entries:
        gap = amount(abs(a - b), key)
        if round(a) == round(b):
            text += " About the same."
        else:
            more = "more" if a > b else "less"
            change = f" ({'+' if a > b else '-'}{round(100 * abs(a - b) / b)} %)" if b else ""
            text += f" That is {gap} {more} {first.period}{change}."
    target = (first.daily_targets or {}).get(key)
    if target:
        text += f" Your daily target is {amount(target, key)}."
    return text


def _day_name(day: date, today: date) -> str:
    """``yesterday (Wednesday 2026-11-25)``, ``Monday 2026-11-23``."""
    base = f"{day.strftime('%A')} {day.isoformat()}"
    relative = {0: "today", 1: "yesterday"}.get((today - day).days)
    return f"{relative} ({base})" if relative else base


def food_search(result: FoodSearchResult, today: date) -> str:
    """When and how often a food was logged."""
    days = (result.last_date - result.first_date).days + 1
    span = {1: "today", 2: "since yesterday"}.get(days, f"in the last {days} days")
    if not result.count:
        return f'You haven\'t logged anything with "{result.food}" {span}.'
    last = result.items[0]
    times = "once" if result.count == 1 else f"{result.count} times"
    text = (
        f"You logged {result.food} {times} {span}. The last time was "
        f"{_day_name(last.date, today)} at {last.meal}: {last.name} "
        f"({amount(last.calories, 'calories')})."
    )
    if result.count > 1:
        text += f" All: {join(_day_name(i.date, today) for i in result.items)}."
    return text


def bmi(result: WeightResult) -> str:
    """The body mass index and its WHO class, or why it can't be worked out."""
    if result.bmi is None:
        return (
            "I can't work out your BMI without your height and weight: add them to your "
            "profile (or log your weight) and ask again."
        )
    value = result.bmi
    if not result.adult:
        return (
            f"Your BMI works out at {value:g}, but the adult ranges don't apply under 18: "
            "for children and teenagers BMI is read against age and sex growth charts, so "
            "ask your doctor to look at it with you."
        )
    band = (
        "underweight (under 18.5)"
        if value < 18.5
        else "normal weight (18.5-24.9)"
        if value < 25
        else "overweight (25-29.9)"
        if value < 30
        else "obese (30 or more)"
    )
    return (
        f"Your BMI is {value:g} (weight in kg divided by height in metres squared), in the "
        f"WHO adult range for {band}. BMI is a screening measure, not a diagnosis."
    )


def weight(result: WeightResult, query: str = "") -> str:
    """The weight trend from the weight log, yes/no first when the question asks for one."""
    if re.search(r"\bbmi\b", query.lower()):
        return bmi(result)
    if shows_bmi(query) and result.bmi is not None:
        # "am I overweight": where the BMI falls, then the log's trend (no yes/no lead,
        # which would answer a different question).
        return bmi(result) + " " + _trend(result, "")
    if result.asked_on is not None:
        # A day asked about ("what did I weigh last thursday"): that weighing first.
        return _on_day(result.on_day, result.asked_on) + " " + _trend(result, "")
    return _trend(result, query)


def _on_day(point: WeightPoint | None, asked: date) -> str:
    """The weighing of the day asked about, or the last one before it, said as such."""
    day = f"{asked.strftime('%A')} {asked.isoformat()}"
    if point is None:
        return f"Your weight log has no weighing on or before {day}."
    if point.date == asked:
        return f"On {day} you weighed {point.kg:g} kg."
    return (
        f"You didn't weigh yourself on {day}; your last weighing before it was "
        f"{point.kg:g} kg on {point.date.strftime('%A')} {point.date.isoformat()}."
    )


def shows_bmi(query: str) -> bool:
    """Whether a weight answer to ``query`` includes the BMI ("my BMI", "am I overweight")."""
    return bool(
        re.search(
            r"\b(bmi|fat|heavy|big|overweight|obese|underweight|skinny|thin)\b", query.lower()
        )
    )


def _trend(result: WeightResult, query: str) -> str:
    """The weight trend itself (see ``weight``)."""
    if result.trend == "too_few":
        if result.latest is not None or result.last_ever is not None:
            last = result.latest or result.last_ever
            assert last is not None
            return (
                f"Your latest weighing is {last.kg:g} kg on {last.date.isoformat()}, but you "
                f"have {result.weigh_ins} weighing(s) in the last {result.days} days, too few "
                "to see a trend. Weigh yourself at the same time of day a few times a week "
                "and ask again."
            )
        return (
            "Your weight log has no entries yet, so I can't tell how your weight is changing. "
            "Log your weight a few times a week and I'll show you the trend."
        )
    assert result.first and result.latest and result.change_kg is not None
    change = abs(result.change_kg)
    move = {"losing": "down", "gaining": "up", "steady": "about the same"}[result.trend]
    asked_gain = bool(re.search(r"\b(gain|gaining|putting on|up)\b", query.lower()))
    # A yes-or-no question ("am I losing weight?"), not "how much have I lost".
    asked_trend = bool(re.search(r"^\W*(am i|have i|did i|is my|was i)\b", query.lower()))
    lead = ""
    if asked_trend:
        if result.trend == "steady":
            lead = "Not really, it's steady: "
        elif (result.trend == "gaining") == asked_gain:
            lead = "Yes: "
        else:
            lead = "No, the opposite: "
    text = (
        f"{lead}your weight log shows {result.first.kg:g} kg on {result.first.date.isoformat()} "
        f"and {result.latest.kg:g} kg on {result.latest.date.isoformat()}, "
    )
    if result.trend == "steady":
        text += f"a change of {change:g} kg over {result.days_between} days"
    else:
        text += (
            f"{move} {change:g} kg over {result.days_between} days, about "
            f"{abs(result.kg_per_week or 0):.1f} kg a week"
        )
    text += f" ({result.weigh_ins} weighings in the last {result.days} days)."
    text += f" Your current weight is {result.latest.kg:g} kg."
    if result.trend == "losing" and abs(result.kg_per_week or 0) > 1.0:
        text += " That is faster than the 0.5-1 kg a week usually advised."
    return text[0].upper() + text[1:]


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


def lookup(result: LookupResult, asked: Sequence[str], missing: Sequence[str] = ()) -> str:
    """An answer about a food's calories and nutrients; ``missing`` names nutrients asked
    for that the catalog does not hold (caffeine, vitamins), said plainly, not guessed."""
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
    # FNDDS holds some for the food as eaten (caffeine): the figure, not a refusal.
    known = [m for m in missing if m in result.extra]
    units = {key: unit for key, (_, unit) in EXTRA_NUTRIENTS.items()}
    figures = join(
        f"{number(result.extra[m], units.get(m, 'mg'))} {units.get(m, 'mg')} {_nutrient_name(m)}"
        for m in known
    )
    if known and not keys:
        # Asked for caffeine alone: it leads, the calories follow.
        text = f"{what} has about {figures}, and {amount(result.calories, 'calories')}."
    elif not keys:
        text = f"{what} has about {amount(result.calories, 'calories')}."
    text = text[0].upper() + text[1:]
    if known and keys:
        text += f" It has about {figures}."
    missing = [m for m in missing if m not in result.extra]
    if missing:
        names = join(_nutrient_name(m) for m in missing)
        text += f" The food catalog has no {names} figure for it, so I won't guess one."
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


def _nutrient_name(word: str) -> str:
    """``vitamin C`` as written in prose; other names as they are."""
    return re.sub(r"^vitamin (\w)", lambda m: f"vitamin {m.group(1).upper()}", word)


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
    if result.asked_calories is not None:
        budget = f"You asked for up to {amount(result.asked_calories, 'calories')}. " + (
            f"Your log shows {amount(result.remaining_calories, 'calories')} left today. "
            if result.remaining_calories is not None
            else ""
        )
    what = f"{meal} ideas" if meal else "Ideas"
    listed = []
    for food in result.foods:
        item = (
            f"{_plain(food.name)} ({_plain(food.portion, parens=True)}, "
            f"{number(food.grams, 'g')} g): {amount(food.calories, 'calories')}, "
            f"{amount(food.protein, 'protein')} protein, {amount(food.fiber, 'fiber')} fiber"
        )
        if result.low_carb:
            item += f", {amount(food.carbs, 'carbs')} carbs"
        if result.low_sodium:
            item += f", {amount(food.sodium, 'sodium')} sodium"
        listed.append(item)
    return (
        f"{budget}{what[0].upper()}{what[1:]} up to {amount(result.max_calories_each, 'calories')} "
        f"each that {fit}: {'; '.join(listed)}."
    )


def _plain(text: str, parens: bool = False) -> str:
    """A catalog name or portion without the characters that end an item of the list."""
    text = re.sub(r"\s*[;:]\s*", ", ", text).replace(". ", ", ").rstrip(".")
    if parens:
        text = text.replace("(", "").replace(")", "")
    return text


def knowledge(result: KnowledgeResult) -> str:
    """The best knowledge-base entries, each with its source."""
    texts = [f"{entry.text} (Source: {entry.source}.)" for entry in result.entries]
    return " ".join(texts)


def verdict_lead(food: str) -> str:
    """Opens the numbers given for "is X healthy?" when no sourced entry judges X."""
    return (
        "That depends on the portion and the rest of your day; I have no sourced verdict on "
        f"{food}, but here are the numbers. "
    )


def clarify_food(food: str) -> str:
    """Said to a message that only names a food: what can be asked about it."""
    # "🍎" reads "1 apple", "🍕" "1 slice of pizza": the food is "apple", "pizza".
    food = re.sub(
        r"^\d+ (?:(?:\w+ )?(?:slice|cup|glass|bowl|piece|can|serving|ounce|tablespoon"
        r"|ear|shot)e?s? of )?",
        "",
        food,
    )
    return (
        f"What would you like to know about {food}? I can give its calories and nutrients "
        f'for an amount ("How many calories are in 150 g of {food}?"), tell you when you last '
        f'logged it ("When did I last eat {food}?"), or suggest foods that fit your day.'
    )


def unclear() -> str:
    """Said to a message with nothing to read in it (marks, a sound, a keyboard mash)."""
    return f"Sorry, I didn't catch that. {CAPABILITIES}"


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

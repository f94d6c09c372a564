"""Reading a question: its intent and entities (nutrient, period, food, meal, weekday).

Rules over lower-cased text, in a fixed order of precedence; each rule is a small
regular expression with a name, so a wrong reading can be traced to one line. Anything
no rule claims goes to the knowledge base if it scores there, else it is out of scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from domain.assistant.constraints import Constraints, fix_typos, read_constraints
from domain.assistant.periods import last_weekday

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

INTENTS = (
    "help",
    "weight",
    "food_search",
    "intake",
    "remaining",
    "targets",
    "lookup",
    "diet_plan",
    "workout_plan",
    "suggest",
    "log_request",
    "knowledge",
    "out_of_scope",
)

# Spoken names -> intake keys. Longer names first, so "saturated fat" is not read as "fat".
NUTRIENT_WORDS: tuple[tuple[str, str], ...] = (
    (r"saturated fats?|sat fats?", "saturated_fat"),
    (r"calories|calorie|kcals?|cals?|energy", "calories"),
    (r"proteins?", "protein"),
    (r"carbohydrates?|carbs?", "carbs"),
    (r"fibres?|fibers?", "fiber"),
    (r"sugars?", "sugar"),
    (r"sodium|salt", "sodium"),
    (r"potassium", "potassium"),
    (r"calcium", "calcium"),
    (r"iron", "iron"),
    (r"cholesterol", "cholesterol"),
    (r"fats?", "fats"),
)
_NUTRIENT_RE = [(re.compile(rf"\b(?:{words})\b"), key) for words, key in NUTRIENT_WORDS]
_NUTRIENT_ALT = "|".join(words for words, _ in NUTRIENT_WORDS) + "|macros|nutrients|nutrition"

_PERIODS: tuple[tuple[str, str], ...] = (
    (r"\b(yesterday|yday|yda|ytd|yesterdy|yesturday|last night)\b", "yesterday"),
    (r"\b(last|past|previous) (7|seven) days\b|\bpast week\b|\blast few days\b", "last_7_days"),
    (r"\blast week\b", "last_week"),
    (r"\bthis week\b|\bso far this week\b", "this_week"),
    (r"\b(last|past) (30|thirty) days\b|\bpast month\b|\blast month\b", "last_30_days"),
    (r"\bthis month\b", "this_month"),
    (
        r"\b(today|2day|tday|todays)\b|\bso far\b|\bthis (morning|afternoon|evening)\b"
        r"|\btonight\b",
        "today",
    ),
)
_PERIOD_RE = [(re.compile(p), kind) for p, kind in _PERIODS]
_ISO_DATE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_WEEKDAY = re.compile(r"\b(on |last |this past )?(" + "|".join(WEEKDAYS) + r")s?\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "fourteen": 14}
_LAST_N = re.compile(
    r"\b(?:last|past|previous) (\d{1,3}|" + "|".join(_COUNTS) + r") (days?|weeks?)\b"
    r"|\b(?:last|past) (fortnight)\b"
)
_DAY_OF_MONTH = re.compile(r"\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b")
_MEAL = re.compile(r"\b(breakfast|lunch|dinner|supper|snacks?)\b")

# --- intent rules ---------------------------------------------------------------------------
_HELP = re.compile(
    r"^\s*(hi|hello|hey|good (morning|afternoon|evening)|thanks|thank you|help)\b[\s!.?]*$"
    r"|\bwhat can you (do|help)\b|\bhow can you help\b|\bwhat do you know\b|\bwho are you\b"
)
_REMAINING = re.compile(
    r"\b(left|remaining|remain|budget|to go)\b|\bstill (eat|have|need|get)\b"
    r"|\bhow much more\b|\bhow many more\b|\bam i (over|under)\b|\bover my\b|\bunder my\b"
    r"|\bcan i (still )?(afford|fit)\b"
)
_INTAKE = re.compile(
    r"\bi('ve| have)? (had|eaten|ate|consumed|logged|drunk|drank)\b|\bi ate\b"
    r"|\b(did|have) i (eat|eaten|had|have|consume|consumed|log|logged|drink|drunk)\b"
    r"|\bmy (intake|food log|log|diary|eating|diet) (today|yesterday|this|last|so far|on)\b"
    r"|\bmy (daily |average |total )?(\w+ )?(intake|consumption)\b"
    r"|\bmy (average|total) (daily )?(" + _NUTRIENT_ALT + r")\b"
    r"|\bwhat (did|have) i (eat|eaten|log|logged)\b"
    r"|\bin my (breakfast|lunch|dinner|snacks?|meals?)\b"
    r"|\bmy (" + _NUTRIENT_ALT + r") (today|yesterday|this week|last week|so far|on)\b"
    r"|\bam i (eating|getting|having|drinking) (enough|too much|too many)\b"
)
# Asking us to write to the log: we only read it (the core owns every write).
_LOG_REQUEST = re.compile(
    r"^(can you |could you |please )*(log|add|record|track|save) (?P<food>.+?)"
    r"( (for|to|in|as) (my )?(breakfast|lunch|dinner|supper|snacks?|log|food log|diary))?[.!?]*$"
)
_TARGETS = re.compile(
    r"\bmy (daily )?(calorie|protein|carb|fat|fiber|fibre|macro|nutrition)s? "
    r"(target|goal|budget|limit)s?\b"
    r"|\bmy (daily )?(targets?|goals?|macros)\b(?! (plan|workout))"
    r"|\b(how much|how many) (" + _NUTRIENT_ALT + r") (should|do|must) i (eat|have|get|need|aim)"
    r"[^?]*\b(day|daily|me)\b"
    r"|\bhow (much|many) ("
    + _NUTRIENT_ALT
    + r") (should|do) i (eat|have|get|need)\b(?! (in|on|for) )"
)
_DIET_PLAN = re.compile(
    r"\bmy (diet|meal|nutrition|eating) plan\b|\b(on|in|from) my plan\b|\bmy plan\b"
    r"|\bplanned (meals?|for)\b|\bmeal plan\b|\bdiet plan\b"
    r"|\bwhat('s| is) for (breakfast|lunch|dinner|supper)\b"
)
_WORKOUT_PLAN = re.compile(
    r"\bmy (workout|training|exercise|gym|lifting|strength)( plan| program| programme| schedule"
    r"| routine)?\b|\b(workout|training|exercise|gym) (plan|program|programme|schedule|routine)\b"
    r"|\brest days?\b|\bwhich exercises\b|\bwhat exercises\b|\bwhat (should|do) i (train|lift)\b"
    r"|\bwhat('s| is) (my )?(workout|training)\b|\bleg day\b|\bwhich days (do i|should i) train\b"
    r"|\bdo i (train|work ?out|lift|exercise|go to the gym)\b|\b(rest|training|gym) day\b"
)
_SUGGEST = re.compile(
    r"\b(suggest|suggestions?|recommend|ideas?|options)\b"
    r"|\bwhat (should|can|could) i (eat|have|snack)\b|\bwhat to eat\b|\bgive me (a|some)\b"
    r"|\bhigh[- ]protein (snack|food|meal)s?\b|\bsomething (to eat|healthy|light)\b"
)
# The weight log (typos seen: "loosing", "wieght").
_WEIGHT_WORD = r"(weight|wieght|weigth|wait)"
_WEIGHT = re.compile(
    r"\bam i (actually |still |even )?(losing|loosing|gaining|putting on|dropping)\b"
    r"|\bmy (current |latest |last )?" + _WEIGHT_WORD + r"\b(?! (loss )?(goal|plan))"
    r"|\bhow much (do i weigh|have i (lost|gained)"
    r"|(weight )?(did|have) i (lose|lost|gain|gained))\b"
    r"|\b(have|did) i (lost|lose|gained|gain|dropped) (any |some )?"
    r"(weight|wieght|kg|kilos|pounds)\b"
    r"|\b" + _WEIGHT_WORD + r" (trend|progress|change|history|log)\b"
    r"|\bwhat do i weigh\b|\bhow much i weigh\b|\bis my weight (going|coming) (down|up)\b"
)
# When or how often a food was logged: "when did I last eat pizza", "how many times did I
# have wine in the last 2 weeks".
_FOOD_SEARCH = re.compile(
    r"\bwhen did i (last )?(eat|have|had|drink|log)( any| some| a| an)? (?P<a>[a-z][a-z ]{1,40}?)"
    r"( last)?\s*[?.!]*$"
    r"|\bhow (many times|often) (did|have) i (eat|eaten|have|had|drink|drunk|log|logged)"
    r"( any| some| a| an)? (?P<b>[a-z][a-z ]{1,40}?)"
    r"(\s+(in|this|last|over|during|the past|since)\b.*)?\s*[?.!]*$"
)
# Intake against the target: "did I hit my protein yesterday", "did i go over my cals".
_TARGET_CHECK = re.compile(
    r"\b(did|have|was) i (hit|reach|reached|meet|met|make|made|get|got|go over|go ovr"
    r"|goes over|exceed|exceeded|stay under|stay within|stay below|over|under|ovr|within"
    r"|overeat|overdo)\b"
)
_OVER_WORDS = re.compile(r"\b(over|ovr|exceed\w*|overeat|overdo|too much|too many)\b")
# Asking for a meal with constraints ("gluten free breakfast", "keto friendly snack",
# "pescatarian dinner under 500 kcal") without a suggestion verb.
_MEAL_REQUEST = re.compile(r"\b(breakfasts?|lunch(es)?|dinners?|snacks?|meals?|something)\b")
_PAST_OWN = re.compile(
    r"\b(did|have) i\b|\bi (had|ate|logged)\b|\bmy (plan|log|diary)\b|\bplanned\b"
    r"|\blast night\b|\byesterday\b"
)
_SPORTS_TIMING = re.compile(
    r"\b(before|after|during) (a |my |the )?(\w+ )?(workout|exercise|run|training"
    r"|gym|match|race|game|lifting|session)\b"
)
_LOOKUP_PATTERNS = (
    re.compile(
        r"\b(?:how many|how much|what(?:'s| is| are)(?: the)?|amount of|number of)\s+"
        r"(?:" + _NUTRIENT_ALT + r")(?:\s+(?:and|&|,)\s*(?:" + _NUTRIENT_ALT + r"))*"
        r"\s+(?:are |is |would be |)?(?:there )?(?:in|on|of|for)\s+(?P<food>.+)$"
    ),
    re.compile(
        r"\b(?:how many|how much)\s+(?:" + _NUTRIENT_ALT + r")\s+(?:does|do|did|would|will"
        r"|is|are)\s+(?P<food>.+?)\s+(?:have|has|contain|contains|give|provide|got)\b"
    ),
    re.compile(
        r"\b(?:calories|kcal|nutrition(?: facts)?|nutrients|macros|nutritional (?:value|info"
        r"|information)|protein|carbs|fat|fiber|sugar|sodium)\s+(?:in|of|for)\s+(?P<food>.+)$"
    ),
    re.compile(
        r"\bhow (?:many calories|much protein|much sugar|much fat|much fiber|many carbs)"
        r"\s+(?:is|are|was)\s+(?P<food>.+)$"
    ),
    re.compile(
        r"^(?:i (?:had|ate)|i'm having|i am having)\s+(?P<food>.+?)[,.;]?\s+how many "
        r"(?:calories|kcal)"
    ),
    re.compile(
        r"^(?:(?:is|are) there (?:a lot of|much|many) (?:" + _NUTRIENT_ALT + r") in)\s+"
        r"(?P<food>.+)$"
    ),
    re.compile(
        r"^(?:what(?:'s| is| are)\s+)?(?P<food>.+?)\s+in\s+(?:calories|kcal|protein|macros)$"
    ),
)
_FOOD_TRAILER = re.compile(
    r"\s*(\?|!|\.|please|roughly|approximately|about|altogether|in total|exactly|"
    r"have|has|contain|contains|got)+\s*$"
)
# Phrases after "in"/"of" that are not foods: pronouns, periods, the user's own log.
_NOT_FOOD = re.compile(
    r"^(it|that|this|them|those|these|i|i've|we|you|me|my|total|all|the (last|past) .*"
    r"|(the )?(last|past|this) (\d+|few|seven|thirty)? ?(days?|weeks?|months?)"
    r"|today|yesterday|a day|one day|per day|each day|daily|the day|my\b.*)$"
)
_FOLLOW_UP = re.compile(r"^\s*(and|what about|how about|and what about|same for|what of)\b")

# Words that mark a question as nutrition/fitness at all (out-of-scope check).
DOMAIN_WORDS = re.compile(
    r"\b(eat|ate|eating|food|foods|meal|meals|diet|dietary|nutrition|nutrient|nutrients|calorie"
    r"|calories|kcal|protein|carb|carbs|fat|fats|fiber|fibre|sugar|salt|sodium|vitamin|mineral"
    r"|water|drink|hydrat\w*|weight|lose|gain|muscle|exercise|workout|training|train|gym|run"
    r"|running|walk|walking|steps|sleep|snack|breakfast|lunch|dinner|healthy|bmi|metabolism"
    r"|cardio|strength|lift|lifting|sets|reps|fitness|supplement\w*|alcohol|caffeine|coffee"
    r"|fruit|vegetables?|grains?|dairy|omega|cholesterol|iron|calcium|potassium|macros?|weigh"
    r"|bmr|tdee|metabolic|keto|fasting|obesity|overweight|underweight|body fat|waist)\b"
)


@dataclass(frozen=True)
class Understanding:
    """A question read: its intent and the entities found."""

    intent: str
    nutrients: tuple[str, ...] = ()
    period: str | None = None
    on: date | None = None
    food: str | None = None
    meal: str | None = None
    weekday: str | None = None
    focus: str | None = None
    days: int | None = None  # with period "last_n_days"
    check: str | None = None  # intake against target: "reached" or "over"
    constraints: Constraints | None = None  # what a suggestion request states
    matched: str = ""  # the rule that decided, for tracing
    entities: dict[str, str] = field(default_factory=dict)

    @property
    def nutrient(self) -> str | None:
        return self.nutrients[0] if self.nutrients else None


def normalise(text: str) -> str:
    """Lower-case, straight quotes, single spaces."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip()


def find_nutrients(text: str) -> tuple[str, ...]:
    """Nutrient keys named in ``text``, in order of appearance, without duplicates."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, key in _NUTRIENT_RE:
        for match in pattern.finditer(text):
            span = match.span()
            if any(s <= span[0] < e for s, e in taken):
                continue  # "fat" inside "saturated fat"
            taken.append(span)
            found.append((span[0], key))
    keys: list[str] = []
    for _, key in sorted(found):
        if key not in keys:
            keys.append(key)
    return tuple(keys)


def find_period(text: str, today: date) -> tuple[str | None, date | None]:
    """The period named in ``text``: a kind and, for ``date``, the day."""
    iso = _ISO_DATE.search(text)
    if iso:
        try:
            return "date", date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            pass
    for pattern, kind in _PERIOD_RE:
        if pattern.search(text):
            return kind, None
    if find_days(text):
        return "last_n_days", None
    day_of_month = _DAY_OF_MONTH.search(text)
    if day_of_month:  # "the 20th": this month's, or last month's if still ahead
        number = int(day_of_month.group(1))
        for month_start in (today.replace(day=1), (today.replace(day=1) - timedelta(days=1))):
            try:
                on = month_start.replace(day=number)
            except ValueError:
                continue
            if on <= today:
                return "date", on
    weekday = _WEEKDAY.search(text)
    if weekday:  # "on monday" / "monday": the last one (intake looks back)
        index = WEEKDAYS.index(weekday.group(2))
        if weekday.group(1) in ("last ", "this past "):  # never today itself
            return "date", last_weekday(today - timedelta(days=1), index)
        return "date", last_weekday(today, index)
    return None, None


def find_days(text: str) -> int | None:
    """The length of "last 3 days" / "past 2 weeks" / "last fortnight", in days."""
    match = _LAST_N.search(text)
    if not match:
        return None
    if match.group(3):
        return 14
    count = _COUNTS.get(match.group(1)) or int(match.group(1))
    days = count * 7 if match.group(2).startswith("week") else count
    return days if 1 <= days <= 366 else None


def find_weekday(text: str, today: date) -> str | None:
    """A weekday for plan questions: named, or today/tomorrow/yesterday."""
    match = _WEEKDAY.search(text)
    if match:
        return match.group(2)
    if re.search(r"\btomorrow\b", text):
        return WEEKDAYS[(today + timedelta(days=1)).weekday()]
    if re.search(r"\byesterday\b", text):
        return WEEKDAYS[(today - timedelta(days=1)).weekday()]
    return None


def find_meal(text: str) -> str | None:
    match = _MEAL.search(text)
    if not match:
        return None
    word = match.group(1)
    return {"supper": "dinner", "snacks": "snack"}.get(word, word)


def find_food(text: str) -> str | None:
    """The food-and-amount phrase of a lookup question, if there is one."""
    for pattern in _LOOKUP_PATTERNS:
        match = pattern.search(text)
        if match:
            food = _FOOD_TRAILER.sub("", match.group("food")).strip(" ,.?!")
            food = re.sub(r"^(a serving of|one serving of)\s+", "1 serving ", food)
            if food and not _NOT_FOOD.search(food):
                return food
    return None


def understand(query: str, today: date, previous: Understanding | None = None) -> Understanding:
    """Read ``query`` (asked on the user's ``today``); ``previous`` resolves follow-ups
    such as "what about yesterday?"."""
    text = fix_typos(normalise(query))
    nutrients = find_nutrients(text)
    period, on = find_period(text, today)
    meal = find_meal(text)
    weekday = find_weekday(text, today)
    base = dict(
        nutrients=nutrients, period=period, on=on, meal=meal, weekday=weekday, days=find_days(text)
    )

    if (
        previous is not None
        and _FOLLOW_UP.search(text)
        and previous.intent
        not in (
            "help",
            "out_of_scope",
            "knowledge",
        )
    ):
        food = find_food(text) or (
            _FOLLOW_UP.sub("", text).strip(" ?.!") if previous.intent == "lookup" else None
        )
        merged = replace(
            previous,
            nutrients=nutrients or previous.nutrients,
            period=period or previous.period,
            on=on if period else previous.on,
            days=base["days"] if period else previous.days,
            meal=meal or previous.meal,
            weekday=weekday or previous.weekday,
            matched="follow-up",
        )
        # "what about 3 eggs?" swaps the food; "and protein?" keeps it.
        swaps = previous.intent == "lookup" and food and food not in ("that", "it")
        if swaps and (not find_nutrients(food) or find_food(text)):
            merged = replace(merged, food=food)
        return merged

    if _HELP.search(text):
        return Understanding("help", matched="help", **base)
    log_request = _LOG_REQUEST.search(text)
    if log_request:
        food = _FOOD_TRAILER.sub("", log_request.group("food")).strip(" ,.?!")
        return Understanding("log_request", food=food, matched="log request", **base)
    if _WEIGHT.search(text):
        return Understanding("weight", matched="weight", **base)
    search = _FOOD_SEARCH.search(text)
    if search:
        food = (search.group("a") or search.group("b") or "").strip()
        if food and not find_nutrients(food):
            return Understanding("food_search", food=food, matched="food search", **base)
    if _TARGET_CHECK.search(text) and (nutrients or re.search(r"\b(target|goal|limit)", text)):
        check = "over" if _OVER_WORDS.search(text) else "reached"
        fields = {**base, "period": period or "today"}
        return Understanding("intake", check=check, matched="target check", **fields)
    if _SPORTS_TIMING.search(text) and re.search(
        r"\b(eat|drink|have|food|meal|snack|protein|carbs?)\b", text
    ):
        return Understanding("knowledge", matched="sports nutrition", **base)
    food = find_food(text)
    if food:
        return Understanding("lookup", food=food, matched="lookup", **base)
    if _WORKOUT_PLAN.search(text):
        return Understanding("workout_plan", matched="workout_plan", **base)
    if _DIET_PLAN.search(text):
        return Understanding("diet_plan", matched="diet_plan", **base)
    if _SUGGEST.search(text) and not _SPORTS_TIMING.search(text):
        wants = read_constraints(text)
        return Understanding(
            "suggest", focus=wants.focus, constraints=wants, matched="suggest", **base
        )
    if (
        _MEAL_REQUEST.search(text)
        and not _PAST_OWN.search(text)
        and not re.match(r"(how|why|is|are|does|do|can|will|when|should)\b", text)
    ):
        wants = read_constraints(text)
        if wants != Constraints() or re.search(r"\b(healthy|quick|filling|easy|cheap)\b", text):
            return Understanding(
                "suggest", focus=wants.focus, constraints=wants, matched="meal request", **base
            )
    if _REMAINING.search(text) and (nutrients or re.search(r"\b(eat|today|budget)\b", text)):
        return Understanding("remaining", matched="remaining", **base)
    if _INTAKE.search(text) or (period and nutrients and not _TARGETS.search(text)):
        # "protein today?" names a period and a nutrient: the user's own log.
        return Understanding("intake", matched="intake", **{**base, "period": period or "today"})
    if _TARGETS.search(text):
        return Understanding("targets", matched="targets", **base)
    if DOMAIN_WORDS.search(text):
        return Understanding("knowledge", matched="domain words", **base)
    return Understanding("out_of_scope", matched="none", **base)

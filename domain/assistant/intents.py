"""Reading a question: its intent and entities (nutrient, period, food, meal, weekday).

Rules over lower-cased text (chat wording first made plain by ``wording``: food emoji,
texting shorthand, one-letter typos of the rules' keywords), in a fixed order of
precedence; each rule is a small regular expression with a name, so a wrong reading can be
traced to one line. Entities are slots read on their own (``find_period``,
``find_comparison``, ``find_nutrients``, ``find_food``), so a question is understood in
whatever order its parts come: "kcal banana", "is a bagel high in sodium", "compare my
calories yesterday vs the day before". Anything no rule claims goes to the knowledge base
if it scores there, else it is out of scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from domain.assistant.constraints import Constraints, fix_typos, read_constraints
from domain.assistant.periods import last_weekday, resolve_period
from domain.assistant.wording import plain_words

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
    "food_verdict",
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
    # "fat-free", "sugar-free" describe the food ("a pot of fat-free yoghurt"), not what is asked
    (r"sugars?(?![- ]free\b)", "sugar"),
    (r"sodium|salt(?![- ]free\b)", "sodium"),
    (r"potassium", "potassium"),
    (r"calcium", "calcium"),
    (r"iron", "iron"),
    (r"cholesterol", "cholesterol"),
    (r"fats?(?![- ]free\b)", "fats"),
)
_NUTRIENT_RE = [(re.compile(rf"\b(?:{words})\b"), key) for words, key in NUTRIENT_WORDS]
_NUTRIENT_ALT = "|".join(words for words, _ in NUTRIENT_WORDS) + "|macros|nutrients|nutrition"

_PERIODS: tuple[tuple[str, str], ...] = (
    (r"\b(yesterday|yday|yda|ytd|yesterdy|yesturday|last night)\b", "yesterday"),
    (r"\b(last|past|previous) (7|seven) days\b|\bpast week\b|\blast few days\b", "last_7_days"),
    (r"\blast week\b", "last_week"),
    (
        r"\bthis week\b|\bso far this week\b|\b(the|this) week so far\b|\bweek to date\b",
        "this_week",
    ),
    (r"\b(last|past) (30|thirty) days\b|\bpast month\b|\blast month\b", "last_30_days"),
    (r"\bthis month\b", "this_month"),
    (
        r"\b(today|2day|tday|todays)\b|\bso far\b|\bthis (morning|afternoon|evening)\b"
        r"|\btonight\b",
        "today",
    ),
)
_PERIOD_RE = [(re.compile(p), kind) for p, kind in _PERIODS]
_WEEKEND = re.compile(r"\b(?:(last|past|previous)|this|the|over|on)? ?weekend\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Whole month names or their usual abbreviations only: "2 mars bars" is no date.
_MONTH = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember"
    r"|ember|ober)?\b\.?"
)
# "nov 24", "november 24th", "24 november", "the 24th of nov"
_MONTH_DATE = re.compile(
    r"\b" + _MONTH + r" (\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH + r"(?=\W|$)"
)
_ISO_DATE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_WEEKDAY = re.compile(r"\b(on |last |this past )?(" + "|".join(WEEKDAYS) + r")s?\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "fourteen": 14}
_LAST_N = re.compile(
    r"\b(?:last|past|previous) (\d{1,3}|" + "|".join(_COUNTS) + r") (days?|weeks?)\b"
    r"|\b(?:last|past) (fortnight)\b"
)
_SINCE = re.compile(r"\bsince (?:last )?(" + "|".join(WEEKDAYS) + r")\b")
_DAYS_AGO = re.compile(
    r"\b(?:the )?day before yesterday\b|\b(\d{1,3}|a|one|" + "|".join(_COUNTS) + r") (days?"
    r"|weeks?) ago\b"
)
# Two periods compared: "yesterday vs the day before", "this week compared to last week".
_COMPARE = re.compile(
    r"\s+(?:vs\.?|versus|compared? (?:to|with)|against|than|or)\s+|\s+and\s+(?=the day before|"
    r"(?:on )?(?:" + "|".join(WEEKDAYS) + r")|last week|this week|yesterday|today)"
)
_COMPARE_WORD = re.compile(
    r"\b(compare|comparison|vs\.?|versus|compared|difference|more|less|fewer|better|worse"
    r"|higher|lower)\b"
)
_DAY_OF_MONTH = re.compile(r"\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b")
# Ordinal day numbers in words, as voice dictation writes them ("since the thirteenth").
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
_ORDINALS = {
    **_ORDINAL_UNITS,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty {k}": 20 + v for k, v in _ORDINAL_UNITS.items()},
    "thirty first": 31,
}  # fmt: skip
_ORDINAL_DAY = re.compile(
    r"\b(since|on|from|until|till|before|after) the ("
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r")\b"
)
# Homophones that voice dictation writes for "weight" where a weight question is asked
# ("how much wait have i lost", "my wait this week").
_WEIGHT_HOMOPHONE = re.compile(
    r"\b(?:wait|weigh|way)\b(?= (?:have i|did i|has|have|loss|lost|gain\w*|change\w*|trend"
    r"|went|gone|been|is|was|this (?:week|month|morning)|today|since|so far))"
    r"|(?<=\bmy )wait\b|(?<=\bhow much )wait\b"
)


def _ordinal(day: int) -> str:
    """13 -> "13th", 21 -> "21st"."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def spoken_forms(text: str) -> str:
    """Dictated forms in ``text`` written as typed: "the thirteenth" -> "the 13th", "wait"
    -> "weight" in a weight question."""
    text = re.sub(r"\b(twenty|thirty)-(\w+)", r"\1 \2", text)
    text = _ORDINAL_DAY.sub(lambda m: f"{m.group(1)} the {_ordinal(_ORDINALS[m.group(2)])}", text)
    if re.search(r"\b(?:lost|lose|gain\w*|loss|weigh\w*|kg|kilos?|pounds|lbs|stone)\b", text):
        text = _WEIGHT_HOMOPHONE.sub("weight", text)
    return text


_MEAL = re.compile(r"\b(breakfast|lunch|dinner|supper|snacks?|desserts?)\b")

# --- intent rules ---------------------------------------------------------------------------
_HELP = re.compile(
    r"^\s*(hi|hello|hey|hiya|yo|sup|good (morning|afternoon|evening)|thanks|thank you|thanks a lot"
    r"|thx|ty|cheers|help|help me|ok|okay|k|kk|cool|great|nice|got it|perfect|awesome"
    r"|how are you( doing)?|what'?s up|whats good|what is (up|good)"
    r"|are you (a )?(real|human|bot|robot|person)( person)?)\b[\s!.?]*$"
    r"|\bwhat can you (do|help)\b|\bhow can you help\b|\bwhat do you know\b|\bwho are you\b"
    r"|^(can|could) you help( me)?[\s!.?]*$|^(are )?you (there|awake|alive|online)[\s!.?]*$"
    # Acknowledgements strung together: "ok thanks", "cool, thank you!", "great thx"
    r"|^((ok|okay|k|kk|cool|great|nice|perfect|awesome|got it|thanks|thank you|thx|ty|cheers"
    r"|brilliant|lovely|sweet)( so much| a lot)?[\s,!.]*){2,}$"
)
_REMAINING = re.compile(
    r"\b(left|remaining|remain|budget|to go)\b|\bstill (eat|have|need|get)\b"
    r"|\b(am i|i am|im) still allowed\b|\ballowed (still|left)\b"
    r"|\bhow much more\b|\bhow many more\b|\bam i (over|under)\b|\bover my\b|\bunder my\b"
    r"|\bcan i (still )?(afford|fit)\b|\b(have|got|is there) (i )?(any )?room\b"
    r"|\bhow (much|many) (calories |cals |kcal )?(more )?can i (still )?(eat|have)\b"
)
_INTAKE = re.compile(
    r"\bi('ve| have)? (had|eaten|ate|consumed|logged|drunk|drank)\b|\bi ate\b"
    r"|\b(did|have) i (eat|eaten|had|have|consume|consumed|log|logged|drink|drunk)\b"
    r"|\bmy (intake|food log|log|diary|eating|diet) (today|yesterday|this|last|so far|on)\b"
    r"|\bmy (daily |average |total )?(\w+ )?(intake|consumption)\b"
    r"|\bmy (average|total) (daily )?(" + _NUTRIENT_ALT + r")\b"
    r"|\bwhat (did|have) i (eat|eaten|log|logged|snack|snacked|drink|drank|drunk|have|had)\b"
    r"|\bwhat (i|have i been) (ate|eaten|eating|had|logged|snacking)\b"
    r"|\bin my (breakfast|lunch|dinner|snacks?|meals?)\b"
    r"|\bmy (" + _NUTRIENT_ALT + r") (today|yesterday|this week|last week|so far|on)\b"
    r"|\bam i (eating|getting|having|drinking) (enough|too much|too many)\b"
    r"|\bhow (am i|was i|did i|have i been) (doing|do|going)\b|\bam i on track\b"
    r"|^(what|which)\b.*\bmy (biggest|largest|smallest|heaviest|lightest|last|first) (meal|snack)\b"
)
# Asking us to write to the log: we only read it (the core owns every write).
_LOG_REQUEST = re.compile(
    r"^(can you |could you |please )*(log|add|record|track|save) (?P<food>.+?)"
    r"( (for|to|in|as) (my )?(breakfast|lunch|dinner|supper|snacks?|log|food log|diary))?[.!?]*$"
)
_TARGETS = re.compile(
    r"\bmy (daily )?(" + _NUTRIENT_ALT + r"|calorie|carb|fat|fiber|fibre|macro|nutrition)s? "
    r"(target|goal|budget|limit|allowance)s?\b"
    r"|\bmy (daily )?(targets?|goals?|macros)\b(?! (plan|workout))"
    r"|\b(how much|how many) (" + _NUTRIENT_ALT + r") (should|do|must) i (eat|have|get|need|aim)"
    r"[^?]*\b(day|daily|me)\b"
    r"|\bhow (much|many) ("
    + _NUTRIENT_ALT
    + r") (should|do) i (eat|have|get|need)\b(?! (in|on|for) )"
)
_DIET_PLAN = re.compile(
    r"\bmy (diet|meal|nutrition|eating) plan\b|\b(on|in|from) my plan\b|\bmy plan\b"
    r"|\bon the menu\b"
    r"|\bplanned (meals?|for)\b|\bmeal plan\b|\bdiet plan\b"
    r"|\bwhat('s| is) for (breakfast|lunch|dinner|supper)\b"
)
_WORKOUT_PLAN = re.compile(
    r"\bmy (workout|training|exercise|lifting|strength)( plan| program| programme| schedule"
    r"| routine)?\b|\bmy gym (plan|program|programme|schedule|routine|sessions?)\b"
    r"|\b(workout|training|exercise|gym) (plan|program|programme|schedule|routine)\b"
    r"|\brest days?\b|\bwhich exercises\b|\bwhat exercises\b|\bwhat (should|do) i (train|lift)\b"
    r"|\bwhat('s| is) (my )?(workout|training)\b|\bleg day\b|\bwhich days (do i|should i) train\b"
    r"|\bdo i (train|work ?out|lift|exercise|go to the gym)\b|\b(rest|training|gym) day\b"
    r"|\b(workout|exercise|training) (ideas?|suggestions?|options?)\b"
    r"|\bwhat (workout|exercises?|training|session) (do|should|am|will) i\b"
    r"|\b(workout|training|session) (for )?(today|tomorrow|tonight|on ("
    + "|".join(WEEKDAYS)
    + r"))\b"
)
_SUGGEST = re.compile(
    r"\b(suggest|suggestions?|recommend|ideas?|options|alternatives?|swaps?)\b"
    r"|\bwhat (should|can|could|do|shall) i (eat|have|snack|grab|make|cook|order)\b"
    r"|\bwhat to eat\b"
    r"|\bgive me (a|some)\b"
    r"|\bhigh[- ]protein (snack|food|meal)s?\b|\bsomething (to eat|healthy|light)\b"
)
# The weight log (typos seen: "loosing", "wieght").
_WEIGHT_WORD = r"(weight|wieght|weigth|wait)"
_WEIGHT = re.compile(
    r"\bam i (actually |still |even )?(losing|loosing|gaining|putting on|dropping)\b"
    r"|\bmy (current |latest |last |starting |start |initial |first |lowest |highest |goal "
    r"|target |ideal )?" + _WEIGHT_WORD + r"\b(?! (loss )?(goal|plan))"
    r"|\b(what('s| is)|whats|calculate|check) my bmi\b|\bmy bmi\b"
    r"|\bhow much (do i weigh|have i (lost|gained)"
    r"|(weight )?(did|have) i (lose|lost|gain|gained))\b"
    r"|\b(have|did) i (lost|lose|gained|gain|dropped) (any |some )?"
    r"(weight|wieght|kg|kilos|pounds)\b"
    r"|\b" + _WEIGHT_WORD + r" (trend|progress|change|history|log)\b"
    r"|\bweigh[- ]?ins?\b|\b(what|how much) (do|did) i weigh\b|\bhow much i weigh(ed)?\b"
    r"|\bi weighed\b"
    r"|\bis my weight (going|coming) (down|up)\b"
    # The word alone, as a chat message: "weight??", "weight today", "current weight?"
    r"|^(my |current |latest )?" + _WEIGHT_WORD + r"( today| 2day| tday| now| trend| lately"
    r"| this week| this month| yesterday| yday| on \w+| last \w+)?\W*$"
    r"|^(lost|losing|gained|gaining|dropped|dropping) (any |some )?(weight|kg|kilos|pounds|lbs)\b"
    r"|\bhow (fat|heavy|big|overweight|skinny|thin) am i\b"
    r"|\bam i (fat|overweight|obese|underweight)\b"
)
# When or how often a food was logged: "when did I last eat pizza", "how many times did I
# have wine in the last 2 weeks".
_FOOD_SEARCH = re.compile(
    r"\bwhen did i (last )?(eat|have|had|drink|log)( any| some| a| an)? (?P<a>[a-z][a-z ]{1,40}?)"
    r"( last)?\s*[?.!]*$"
    r"|\bhow (many times|often) (did|have) i (eat|eaten|have|had|drink|drunk|log|logged)"
    r"( any| some| a| an)? (?P<b>[a-z][a-z ]{1,40}?)"
    r"(\s+(in|this|last|over|during|the past|since|so far|ever|altogether|overall|all time)\b.*)?"
    r"\s*[?.!]*$"
    # "how many protein bars have I logged in total": a count of entries of a food
    r"|\bhow many (?P<e>[a-z][a-z ]{1,30}?) (did|have) i (log|logged|eat|eaten|have|had|drink"
    r"|drunk)\b(\s+(in|this|last|over|during|the past|since|so far|ever|altogether|overall"
    r"|all time)\b.*)?\s*[?.!]*$"
    r"|\b(when was the last time|last time) i (ate|had|eaten|drank|drunk|logged|have)"
    r"( any| some| a| an)? (?P<c>[a-z][a-z ]{1,40}?)\s*[?.!]*$"
    # "did I eat any fish this week", "have I had chocolate today"
    r"|^(did|have) i (eat|eaten|have|had|drink|drunk|log|logged)( any| some)? "
    r"(?P<d>[a-z][a-z ]{1,30}?)(\s+(in|this|last|over|during|the past|since|today|yesterday"
    r"|on)\b.*)?\s*[?.!]*$"
)
# Words after "did I eat" that are an amount or a judgement, not a food to look for.
_NOT_SEARCHED = re.compile(
    r"^(enough|too|much|many|more|less|over|under|well|ok|okay|healthy|right|anything|something"
    r"|at all|a lot|lots|breakfast|lunch|dinner|supper|snacks?|meals?|today|yesterday|it|that"
    r"|this|them|my|times|days|weeks|entries|items|things|calories|cals|kcal|grams|servings)\b"
)
# Intake against the target: "did I hit my protein yesterday", "did i go over my cals".
_TARGET_CHECK = re.compile(
    r"\b(did|have|was) i (hit|reach|reached|meet|met|make|made|get|got|go over|go ovr"
    r"|goes over|exceed|exceeded|stay under|stay within|stay below|over|under|ovr|within"
    r"|overeat|overdo|blow past|blow through|blew past|go past|go above|bust|break|stay on)\b"
    # A statement asked as a question: "went over my cals yday or nah", "i went over?"
    r"|\b(went|gone|been|was) (over|under|above|below|ovr|within) (my|the|on)\b"
    # "was yesterday over my target", "were my carbs under the limit on monday"
    r"|\b(was|were|is) (yesterday|today|last night|((on|last|this past) )?("
    + "|".join(WEEKDAYS)
    + r")"
    r"|my \w+( intake)?) (over|under|above|below|within|on target)\b"
    r"(?! (the )?(last|past|previous|next|this|few|\d))"  # "over the last 7 days": a period
)
# "did I eat too much yesterday", "have I eaten enough today": a judgement against the
# target (calories unless a nutrient is named), not a list of what was eaten.
_ATE_TOO_MUCH = re.compile(
    r"\b(did|have|do) i (eat|eaten|have|had|overeat|overeaten) (too much|too many|enough"
    r"|way too much|a lot too much)\b"
    # "did I eat more than my target on friday", "did I have less than my goal"
    r"|\b(did|have|do) i (eat|eaten|have|had|go|gone|get|take) (more|less|fewer) than (my|the)"
    r" (\w+ )?(target|goal|limit|allowance|budget)\b"
)
# "where am I on fat today compared with my target": today's amount against its target,
# which the remaining budget states (had, target, left).
_AGAINST_TARGET = re.compile(
    r"\b(compared (with|to)|against|vs|versus|relative to|next to) (my|the) (\w+ )?(target|goal"
    r"|limit|allowance|budget)\b|\bwhere am i (on|with|for)\b|\bhow am i doing (on|with|for)\b"
)
_OVER_WORDS = re.compile(
    r"\b(over|ovr|exceed\w*|overeat|overdo|too much|too many|past|above|bust|blow|blew"
    r"|more than)\b"
)
# "did I stay under my calories": the yes is being at or below the target.
_UNDER_WORDS = re.compile(
    r"\b(stay(ed)? (under|within|below)|under|below|within|less than|fewer than)\b"
)
# Asking for a meal with constraints ("gluten free breakfast", "keto friendly snack",
# "pescatarian dinner under 500 kcal") without a suggestion verb.
_MEAL_REQUEST = re.compile(
    r"\b(breakfasts?|lunch(es)?|dinners?|snacks?|meals?|something|desserts?|treats?)\b"
)
# Asking what a meal was ("what was my lunch", "breakfast yesterday was what"); a meal
# still to come ("what's for dinner") is the plan's, read before this.
_MEAL_RECALL = re.compile(r"\b(was|were)\b.*\bwhat\b|\bwhat\b.*\b(was|were)\b")
_PAST_OWN = re.compile(
    r"\b(did|have) i\b|\bi (had|ate|logged)\b|\bmy (plan|log|diary)\b|\bplanned\b"
    r"|\blast night\b|\byesterday\b"
)
# Someone else the question is about ("my daughter", "my husband"): their intake and targets
# are not in the user's log, so own-data rules never read such a question.
_OTHER_PERSON = re.compile(
    r"\b(my|our|her|his) (son|daughter|kids?|child|children|toddler|baby|husband|wife|partner"
    r"|boyfriend|girlfriend|mom|mum|mother|dad|father|friend|brother|sister|grandma|grandpa"
    r"|grandmother|grandfather|aunt|uncle|teen|teenager|roommate|client)s?\b"
    r"|^(son|daughter|kid|child|husband|wife)\b"
)
# A question asking for a reason ("why am I always hungry", "so why do my legs hurt").
_WHY = re.compile(r"^(?:(?:so|but|and|ok|okay|hey|hmm|um|like)[,.]?\s+)*why\b")
# A goal or situation a nutrient question is asked for: "to build muscle", "for a
# marathon", "as a vegan", "while cutting", "if I lift".
# Question frames that ask for general knowledge, not the log, a plan or a food's numbers.
_GENERAL_QUESTION = re.compile(
    r"\b(?:is|would|was|isnt) (?:that|it|this|doing that|doing this) (?:a )?(?:good|bad|smart"
    r"|safe|sensible|terrible|dumb|stupid|wise|okay|ok) (?:idea|plan|thing to do)\b"
    r"|\bwhy (?:is|are|does|do|would|am i|do i|does my|is my) .{0,60}\b(?:worse|better|sore"
    r"|harder|hurt|hurts|ache|aches|tired|hungry|hungrier|bloated|heavier|lighter)\b"
    r"|\b(?:count|counts|counted) (?:toward|towards|to|as part of|as) (?:my |your |the |daily )?"
    r"(?:water|fluids?|hydration|protein|fiber|fibre|veg|vegetables|five a day|5 a day)\b"
    r"|\bas (?:bad|good|healthy|unhealthy|harmful|fattening) (?:for you )?as\b"
    r"|\b(?:worse|healthier|unhealthier|more fattening) (?:for you )?than\b"
    r"|\b(?:calories|kcal|cals|energy)\b.{0,40}\bper gram\b.{0,20}"
    r"|\bper gram (?:of )?(?:fat|protein|carbs?|carbohydrates?|alcohol)\b"
    # "gram for gram, how many calories in alcohol itself": the energy of the nutrient
    r"|\bgram for gram\b|\b(?:alcohol|fat|protein|carbs?|carbohydrates?|sugar) (?:itself"
    r"|on its own|as such)\b"
)
_PURPOSE = re.compile(
    r"\b(?:to|for|when|while|if i(?:'m| am)?)\s+(?:\w+\s+)?(?:build\w*|gain\w*|grow\w*|los\w+"
    r"|cut\w*|bulk\w*|tone|toning|recover\w*|muscle\w*|strength|performance|endurance|train\w*"
    r"|lift\w*|run\w*|marathons?|sports?|athletes?|football|soccer|cycling|swimming|workouts?"
    r"|exercis\w+|pregnan\w+|breastfeed\w*|older|aging|ageing|health\w*|heart|bones?)\b"
    r"|\bas an? \w+\b"
)
# One meal or sitting rather than the day: "per meal", "in one sitting", "at once".
_PER_MEAL = re.compile(
    r"\b(per|each|every|a|one|in one|at one|at a|in a) (meal|sitting|serving)\b|\bat once\b"
    r"|\bin one go\b|\bat a time\b"
)
# An amount of body weight to lose or gain: "to lose a pound", "lose 1 kg", "gain 2 lbs".
_BODY_WEIGHT_AMOUNT = re.compile(
    r"\b(lose|losing|burn|burning|cut|gain|gaining|drop|shed)\b.*\b(a|one|half a|\d+(\.\d+)?)"
    r" ?(kg|kgs|kilos?|kilograms?|pounds?|lbs?|stone)\b"
)
# A request whose verb is about food by itself: "what should I make tonight".
_FOOD_REQUEST_VERB = re.compile(
    r"\bwhat (should|can|could|shall) (i|we) (eat|make|cook|order|snack on|grab)\b"
)
_SPORTS_TIMING = re.compile(
    r"\b(before|after|during) (a |my |the )?(\w+ )?(workout|exercise|run|training"
    r"|gym|match|race|game|lifting|session)\b"
)
# Nutrients a food question may name that the catalog does not hold (the answer says so).
_OTHER_NUTRIENTS = (
    r"caffeine|vitamin [a-k]\d{0,2}|vitamins|minerals|magnesium|zinc|folate|omega[- ]?3s?"
    r"|alcohol"
)
_ASKED = _NUTRIENT_ALT + "|" + _OTHER_NUTRIENTS
# Words that make a phrase something other than a food: the user, their log, a period, an
# activity or a need ("calories burned running", "protein i need").
_NOT_FOOD_WORD = re.compile(
    r"\b(i|i'm|im|i've|me|my|mine|we|you|your|should|need|needs|burn|burned|burnt|burning"
    r"|left|remaining|target|goal|budget|limit|intake|today|yesterday|tonight|week|month"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago|better|worse"
    r"|daily|per day|a day|each day|workout|exercise|run|running|walk|walking|lose|gain"
    r"|body|deficit|surplus|maintenance|recommended|allowance|too|safe|much|many|enough"
    r"|under|below|less than|at least|at most|more than|max|maximum|minimum"
    r"|ok|okay|fine|allowed|normal|year|years|kid|kids|child|children|adult"
    r"|adults|men|women|people|someone|does|do|help|helps|work|works|person|persons"
    r"|supposed|advised|advisable)\b"
)
# Words of a request for meal ideas, never part of a short food-and-nutrient question
# ("quick breakfast under 300 calories", "something filling for 400 kcal").
_REQUEST_WORD = re.compile(
    r"\b(breakfasts?|lunch(es)?|dinners?|suppers?|snacks?|meals?|something|anything|ideas?"
    r"|options?|suggestions?|healthy|quick|filling|cheap|easy)\b"
)
# A nutrient as a question names it: "calories", "grams of carbs", "calorie content",
# "nutrition info".
_DETAIL = r"(?:\s+(?:info|information|facts|content|count|value|values|breakdown|details))"
_ASKED_PHRASE = (
    r"(?:(?:grams|g|mg|milligrams|amount|number) of )?(?:" + _ASKED + r")" + _DETAIL + r"?"
)
_LOOKUP_PATTERNS = (
    # "how many calories are in 2 cups of rice", "what's the protein of a large egg"
    re.compile(
        r"\b(?:how many|how much|what(?:'s| is| are)(?: the)?|amount of|number of)\s+"
        r"(?:total )?" + _ASKED_PHRASE + r"(?:\s+(?:and|&|,)\s*(?:" + _ASKED + r"))*"
        r"\s+(?:there )?(?:are |is |would be |)?(?:there )?(?:in|on|of|for)\s+(?P<food>.+)$"
    ),
    # "how much protein does a large egg have"
    re.compile(
        r"\b(?:how many|how much)\s+" + _ASKED_PHRASE + r"\s+(?:does|do|did|would|will"
        r"|is|are)\s+(?P<food>.+?)\s+(?:have|has|contain|contains|give|provide|got|add|adds)\b"
    ),
    # "calories in a bagel", "potassium in a medium baked potato"
    re.compile(
        r"(?:^|\b(?:the|any|grams of|g of|mg of|milligrams of|amount of|number of)\s)(?:"
        + _ASKED
        + r"|nutrition(?: facts)?|nutritional (?:value|info"
        r"|information))" + _DETAIL + r"?"
        # "caffeine and sugar in a can of coke": more nutrients before the food
        r"(?:\s*(?:and|&|,)\s*(?:" + _ASKED + r"))*\s+(?:in|of|for)\s+(?P<food>.+)$"
    ),
    # "how many calories is a slice of pizza"
    re.compile(
        r"\bhow (?:many|much) " + _ASKED_PHRASE + r"\s+(?:is|are|was|were)\s+(?!in |on |there )"
        r"(?P<food>.+)$"
    ),
    # "I had 2 eggs and toast, how many calories is that", "i ate like 3 slices of pizza and
    # a coke how many cals is that": the food described, not the day's log.
    re.compile(
        r"^(?:so |ok |okay )?(?:i (?:just |already )?(?:had|ate|have|eat)|i'm having|i am having"
        r"|i'm eating|i am eating|just (?:had|ate)|had|ate|having|eating)\s+"
        r"(?:like |about |around |maybe |roughly )?(?P<food>.+?)[,.;:!-]*\s+"
        r"(?:how many|how much|what(?:'s| is| are)(?: the)?|what would)\s+(?:" + _ASKED + r")\b"
    ),
    # "2 slices of cheese pizza from a medium pizza, how many calories (is that)": the food
    # first, the question after a break.
    re.compile(
        r"^(?P<food>[^,;:?]+?)\s*[,;:-]\s*(?:so |and )?(?:how many|how much|what(?:'s| is| are)"
        r"(?: the)?)\s+" + _ASKED_PHRASE + r"(?:\s+(?:is that|is it|are there|is there"
        r"|would there be|in (?:it|that)"
        r"|would (?:that|it) be|does (?:it|that) have))?\s*[?.!]*$"
    ),
    # "one slice of large cheese pizza from a pizza place, calories?": the food first, the
    # nutrient alone after a break, however long the food's description
    re.compile(
        r"^(?P<food>[^,;:?]+?)\s*[,;:-]\s*(?:so |and )?(?:total |the )?"
        + _ASKED_PHRASE
        + r"\s*[?.!]*$"
    ),
    # "my cup noodles has how much sodium, the whole container": the food as the subject
    re.compile(
        r"^(?:my |the |a |an |this |that )?(?P<food>[a-z][^,;:?]+?)\s+(?:has|have|contains?|got)"
        r"\s+how (?:much|many)\s+" + _ASKED_PHRASE + r"\b"
    ),
    # "is there a lot of sugar in ketchup"
    re.compile(
        r"^(?:(?:is|are) there (?:a lot of |lots of |much |many |any |more )?(?:" + _ASKED + r")"
        r" in)\s+(?P<food>.+)$"
    ),
    # "is a bagel high in sodium", "are bananas full of sugar", "is rice a good source of
    # protein": how much of a nutrient a food has, answered with its amount.
    re.compile(
        r"^(?:is|are)\s+(?P<food>.+?)\s+(?:high|low|rich|full|loaded|packed|heavy|a good source"
        r"|a source|a lot)\s+(?:in|of|with|on)\s+(?:" + _ASKED + r")\b"
    ),
    # "does a banana have a lot of sugar", "do eggs contain much protein"
    re.compile(
        r"^(?:does|do)\s+(?P<food>.+?)\s+(?:have|has|contain|got)\s+(?:a lot of |lots of |much "
        r"|many |any |more |enough |a ton of |too much )?(?:" + _ASKED + r")\b"
    ),
    # "what's 150g of chicken breast in calories"
    re.compile(
        r"^(?:what(?:'s| is| are)\s+)?(?P<food>.+?)\s+in\s+(?:calories|kcal|protein|macros)$"
    ),
)
# Short questions that are a food and a nutrient and nothing else: "kcal banana",
# "big mac calories?", "1 avocado calories", "3 slices of pizza how bad".
_SHORT_LOOKUPS = (
    re.compile(r"^" + _ASKED_PHRASE + r"\s*[:,-]?\s+(?:in\s+|of\s+|for\s+)?(?P<food>[^?!.]+)$"),
    re.compile(
        r"^(?P<food>[^?!.]+?)\s*[:,-]?\s+(?:how many |how much |total |the )?"
        + _ASKED_PHRASE
        + r"$"
    ),
    re.compile(
        r"^(?P<food>\d+ [^?!.]+?)\s*[:,-]?\s+(?:how bad|is that bad|how healthy|good or bad)$"
    ),
)
# "is dark chocolate healthy", "are bananas fattening", "is bread bad for weight loss": a
# judgement of one food, answered from the knowledge base when an entry covers it, else
# with the food's facts from the catalog (no verdict is invented).
_FOOD_VERDICT = re.compile(
    r"^(?:is|are)\s+(?:a |an |eating |having )?(?P<food>[a-z][a-z ]{1,40}?)\s+(?:really |actually "
    r"|that |so |too )?(?:healthy|unhealthy|good|bad|fattening|ok|okay|junk|a good choice"
    r"|a bad choice)(?:\s+(?:for (?:you|me|weight loss|losing weight|a diet|dieting|health)"
    r"|to eat|when dieting|on a diet))?$"
)
# Phrases that name a nutrient or body tissue, not a food: "a pound of fat", "a gram of
# protein", "1 kg of muscle" ask how much energy that is (knowledge), not a catalog food.
_NUTRIENT_NOT_FOOD = re.compile(
    r"^(?:(?:a|an|one|\d+(?:\.\d+)?)\s+)?(?:(?:pound|lb|kilo|kg|kilogram|gram|g|ounce|oz)s?"
    r"\s+(?:of\s+)?)?(?:body\s+)?(?:fat|protein|carbs?|carbohydrates?|alcohol|muscle|weight"
    r"|fiber|fibre|ethanol)$"
)
_FOOD_TRAILER = re.compile(
    r"(\s*(\?|!|\.|,|please|roughly|approximately|about|altogether|in total|exactly|"
    r"have|has|contain|contains|got|thanks|thank you|lol|haha|fam|bro|bruh|mate|though"
    r"|anyway|anyways"
    # the question repeated at the end: "protein in 3 eggs, how much"
    r"|,\s*how (?:much|many)(?: is (?:it|that|there))?|,\s*roughly|,\s*approx))+\s*$"
)
# Phrases after "in"/"of" that are not foods: pronouns, periods, the user's own log.
_NOT_FOOD = re.compile(
    r"^(it|that|this|them|those|these|i|i've|we|you|me|my|total|all|the (last|past) .*"
    r"|(the )?(last|past|this) (\d+|few|seven|thirty)? ?(days?|weeks?|months?)"
    r"|today|yesterday|a day|one day|per day|each day|daily|the day|my\b.*"
    # a meal of the user's day ("how many cals was breakfast"): the log, not a food
    r"|(the |today'?s |yesterday'?s |that )?(breakfast|lunch|dinner|supper|snacks?|meals?)"
    r"( today| yesterday| this morning| last night)?)$"
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
    r"|bmr|tdee|metabolic|keto|fasting|obesity|overweight|underweight|body fat|waist"
    r"|sweeteners?|stevia|aspartame|sucralose|insulin|glucose|blood sugar|diabet\w*|gluten"
    r"|lactose|vegan|vegetarian|creatine|whey|electrolytes?|sore|soreness|recovery|hungry"
    r"|hunger|cravings?|crave|appetite|bloat\w*|digest\w*|gut|cook\w*|recipe|portion"
    r"|healthier|healthiest|dish|dishes|fast|fasts|fasted|liquids?|bike|biking|cycling|swim\w*"
    r"|laps|marathon|triathlon|biotin|collagen|hair|nails|nausea|morning sickness|constipat\w*"
    r"|plateau|bulk\w*|cutting|shred\w*|toned?|abs|squats?|deadlifts?|push[- ]?ups?|yoga"
    r"|pilates|stretch\w*|cramps?|menopause|pcos|thyroid|gout|ibs|reflux|heartburn|allerg\w*"
    r"|intoleran\w*|celiac|coeliac|work(ing|ed)? ?out|exercis\w+|beer|wine|gains)\b"
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
    check: str | None = None  # intake against target: "reached", "over" or "under"
    # A second period to compare the first with: (kind, day for "date"), as ``period``/``on``.
    compare: tuple[str, date | None] | None = None
    constraints: Constraints | None = None  # what a suggestion request states
    matched: str = ""  # the rule that decided, for tracing
    entities: dict[str, str] = field(default_factory=dict)

    @property
    def nutrient(self) -> str | None:
        return self.nutrients[0] if self.nutrients else None


def normalise(text: str) -> str:
    """Lower-case, straight quotes, single spaces, food emoji and texting shorthand as words."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    return plain_words(re.sub(r"\s+", " ", text).strip())


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


def find_other_nutrients(text: str) -> tuple[str, ...]:
    """Nutrients named in ``text`` that the catalog does not hold ("caffeine", "vitamin c")."""
    found = re.findall(r"\b(?:" + _OTHER_NUTRIENTS + r")\b", text)
    return tuple(dict.fromkeys(found))


def find_period(text: str, today: date) -> tuple[str | None, date | None]:
    """The period named in ``text``: a kind and, for ``date``, the day."""
    iso = _ISO_DATE.search(text)
    if iso:
        try:
            return "date", date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            pass
    month_date = _MONTH_DATE.search(text)
    if month_date:  # "nov 24": this year's, or last year's if still ahead
        month = (month_date.group(1) or month_date.group(4))[:3]
        number = int(month_date.group(2) or month_date.group(3))
        for year in (today.year, today.year - 1):
            try:
                on = date(year, _MONTHS.index(month) + 1, number)
            except ValueError:
                break
            if on <= today:
                return "date", on
    since = _SINCE.search(text)
    if since:  # "since monday": that day up to today (``find_days`` counts them)
        return "last_n_days", None
    ago = _DAYS_AGO.search(text)
    if ago:  # "the day before yesterday", "3 days ago": one day, counted back from today
        word = ago.group(1) or "2"
        back = _COUNTS.get(word) or (1 if word in ("a", "one") else int(word))
        if (ago.group(2) or "").startswith("week"):  # "2 weeks ago": that day, 14 days back
            back *= 7
        if 1 <= back <= 366:
            return ("yesterday", None) if back == 1 else ("date", today - timedelta(days=back))
    weekend = _WEEKEND.search(text)
    if weekend:  # the latest Saturday and Sunday; "last weekend" during one, the one before
        saturday = last_weekday(today, 5)
        if weekend.group(1) and today.weekday() >= 5:
            saturday -= timedelta(days=7)
        return "weekend", saturday
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


def find_comparison(
    text: str, today: date
) -> tuple[tuple[str, date | None], tuple[str, date | None]] | None:
    """Two periods a question compares ("yesterday vs the day before"), else None.

    The text is split at the comparing word and a period read from each side; "the day
    before" on the right counts back from the left-hand day.
    """
    if not _COMPARE_WORD.search(text):
        return None
    parts = _COMPARE.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    left = find_period(parts[0], today)
    right = find_period(parts[1], today)
    if left[0] is None:
        return None
    if re.search(r"\b(?:the )?(?:day before|previous day)\b(?! yesterday)", parts[1]):
        # "the day before": the day before the left-hand one (a single day only).
        first = resolve_period(left[0], today, left[1], find_days(parts[0], today))
        if first.days != 1:
            return None
        right = ("date", first.first - timedelta(days=1))
    if right == left or right[0] is None:
        return None
    return left, right


def find_days(text: str, today: date | None = None) -> int | None:
    """The length of "last 3 days" / "past 2 weeks" / "last fortnight" / "since monday"
    (with ``today``), in days."""
    since = _SINCE.search(text)
    if since and today is not None:
        day = last_weekday(today - timedelta(days=1), WEEKDAYS.index(since.group(1)))
        return (today - day).days + 1
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
    # A dessert is eaten as a snack-sized food (the catalog's meal slots have no dessert).
    return {"supper": "dinner", "snacks": "snack", "dessert": "snack", "desserts": "snack"}.get(
        word, word
    )


def find_food(text: str) -> str | None:
    """The food-and-amount phrase of a lookup question, if there is one."""
    for pattern in _LOOKUP_PATTERNS:
        match = pattern.search(text)
        if match:
            food = _clean_food(match.group("food"))
            if _NUTRIENT_NOT_FOOD.match(food):
                return None  # "calories in a pound of fat": a question about energy
            if _is_food(food):
                return food
    return _short_food(text)


def _clean_food(food: str) -> str:
    """The food phrase without trailing chat ("please", "lol") and qualifying tails."""
    food = _FOOD_TRAILER.sub("", food).strip(" ,.?!:")
    # A tail after a comma that qualifies the food rather than adding one is not a second
    # food to count: "just the frank", "no butter" go; "baked", "skin on", "medium pizza"
    # describe the food, so they join it ("a chicken breast baked").
    food = re.sub(r"\s*[,;(-]\s*(just|only|no|without|not|i mean)\b.*$", "", food)
    food = re.sub(
        r"\s*,\s*(?=(?:[a-z]+ed|skin|skinless|boneless|plain|raw|medium|large|small"
        r"|regular|homemade|unsalted|salted|sweetened|unsweetened|diet|light|whole"
        r"|from|at)\b)",
        " ",
        food,
    )
    food = re.sub(r"^(a serving of|one serving of)\s+", "1 serving ", food)
    # "and in a cup of green tea": a follow-up's joining words are not the food.
    food = re.sub(r"^(?:and|also|so|then|but)\s+(?:in|for|with)\s+", "", food)
    # A household container said by its size: "a 6 ounce pot of yoghurt" is 6 oz of it,
    # "a small cup of espresso, the 2 ounce size" 2 oz of espresso.
    food = re.sub(
        r"^(?:a|an|one)?\s*(\d+(?:\.\d+)?)\s*(ounce|oz|fl oz|ml|g|gram)s?\s+(?:pot|tub|pots"
        r"|carton|container|pack|packet|tin|bottle|can|glass|cup|bag|bar|jar)\s+of\s+",
        r"\1 \2 ",
        food,
    )
    food = re.sub(
        r"^(?:a|an|one)?\s*(?:small|large|medium|little|big)?\s*(?:cup|mug|glass|shot|serving"
        r"|pot|can|bottle|bowl|tub)\s+of\s+(.+?),?\s+the\s+(\d+(?:\.\d+)?)\s*(ounce|oz|ml|g|gram)s?\s+(?:size|one"
        r"|serving|cup|glass)$",
        r"\2 \3 \1",
        food,
    )
    # "a whole avocado" is one fruit, not the catalog's unspecified amount.
    return re.sub(r"^(?:(?:a|an|one)\s+)?whole\s+", "1 whole ", food)


def _is_food(food: str) -> bool:
    """Whether a phrase can be a food and amount: not the user, their log, a period, an
    activity, a need or a limit ("my lunch", "too much in a day", "burned running")."""
    return bool(
        food
        and not _NOT_FOOD.search(food)
        and not _NOT_FOOD_WORD.search(food)
        and not re.search(r"\d\s*$", food)  # "dinner 600": a cap, not an amount of food
        and not _names_period(food)  # "protein yday": a period, so the user's log
        and not re.match(
            r"(how|what|why|when|is|are|do|does|can(?! of)|should|which|and|or|but|also|same)\b",
            food,
        )
    )


def _names_period(text: str) -> bool:
    """Whether ``text`` names a day or period ("yday", "monday", "3 days ago")."""
    return bool(
        any(pattern.search(text) for pattern, _ in _PERIOD_RE)
        or _WEEKDAY.search(text)
        or _DAYS_AGO.search(text)
        or _LAST_N.search(text)
        or _SINCE.search(text)
        or _WEEKEND.search(text)
        or _DAY_OF_MONTH.search(text)
        or _MONTH_DATE.search(text)
    )


def _short_food(text: str) -> str | None:
    """The food of a short food-and-nutrient question ("kcal banana", "banana calories?").

    Only a few words, with no nutrient, meal-request or other non-food word in the food
    part: "protein I need", "breakfast under 300 calories" are not foods.
    """
    text = text.strip(" ?!.")
    if len(text.split()) > 10:  # "one scoop of vanilla ice cream how many calories"
        return None
    for pattern in _SHORT_LOOKUPS:
        match = pattern.match(text)
        if not match:
            continue
        food = _clean_food(match.group("food"))
        if (
            _is_food(food)
            and not _NUTRIENT_NOT_FOOD.match(food)
            and not find_nutrients(food)
            and not _REQUEST_WORD.search(food)
            # "foods high in potassium", "sleep, does it help": a list or a clause
            and not re.search(r"[,;]|\b(foods?|sources?|high|rich|low|in|of|for|with|to)$", food)
            and not re.search(r"\b(foods|sources?|high in|rich in|low in)\b", food)
        ):
            return food
    return None


def understand(query: str, today: date, previous: Understanding | None = None) -> Understanding:
    """Read ``query`` (asked on the user's ``today``); ``previous`` resolves follow-ups
    such as "what about yesterday?"."""
    text = spoken_forms(fix_typos(normalise(query)))
    nutrients = find_nutrients(text)
    period, on = find_period(text, today)
    meal = find_meal(text)
    weekday = find_weekday(text, today)
    base = dict(
        nutrients=nutrients,
        period=period,
        on=on,
        meal=meal,
        weekday=weekday,
        days=find_days(text, today),
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
        food = next((g for g in search.group("a", "b", "c", "d", "e") if g), "").strip()
        # "protein bars", "protein shake": a nutrient naming a product is a food
        product = re.search(
            r"\b(bars?|shakes?|powders?|cookies?|balls?|drinks?|pancakes?|chips)$", food
        )
        if food and (not find_nutrients(food) or product) and not _NOT_SEARCHED.match(food):
            return Understanding("food_search", food=food, matched="food search", **base)
    asks_amount = re.match(r"(how much|how many|what)\b", text)
    if (
        (
            _TARGET_CHECK.search(text)
            and (nutrients or re.search(r"\b(target|goal|limit)", text))
            or _ATE_TOO_MUCH.search(text)
        )
        and not asks_amount  # "how much protein did I get on monday": the amount
    ):
        check = (
            "under"
            if _UNDER_WORDS.search(text) and not _OVER_WORDS.search(text)
            else "over"
            if _OVER_WORDS.search(text)
            else "reached"
        )
        fields = {**base, "period": period or "today"}
        return Understanding("intake", check=check, matched="target check", **fields)
    if _SPORTS_TIMING.search(text) and re.search(
        r"\b(eat|drink|have|food|meal|snack|protein|carbs?)\b", text
    ):
        return Understanding("knowledge", matched="sports nutrition", **base)
    if _GENERAL_QUESTION.search(text) and not _PAST_OWN.search(text):
        # A question about how things are in general, whatever food, meal or log word it
        # holds: a judgement ("is that a good idea", "as bad as"), a reason ("why is day two
        # worse"), what counts towards what, or energy per gram.
        return Understanding("knowledge", matched="general question", **base)
    verdict = _FOOD_VERDICT.match(text.strip(" ?!."))
    if verdict and _is_food(verdict.group("food")) and not find_nutrients(verdict.group("food")):
        food = _clean_food(verdict.group("food"))
        return Understanding("food_verdict", food=food, matched="food verdict", **base)
    if _WHY.search(text) and not _PAST_OWN.search(text):
        # "why am I sore after leg day": asks for a reason, which the log and plans can't
        # give ("why did I go over yesterday" is about the log and stays with it).
        return Understanding("knowledge", matched="why", **base)
    food = find_food(text)
    if food:
        return Understanding("lookup", food=food, matched="lookup", **base)
    if _WORKOUT_PLAN.search(text):
        return Understanding("workout_plan", matched="workout_plan", **base)
    if _DIET_PLAN.search(text):
        return Understanding("diet_plan", matched="diet_plan", **base)
    if (
        _SUGGEST.search(text)
        and not _SPORTS_TIMING.search(text)
        # "recommend a good movie" asks for no food
        and (
            _FOOD_REQUEST_VERB.search(text)
            or DOMAIN_WORDS.search(text)
            or _MEAL_REQUEST.search(text)
            or read_constraints(text) != Constraints()
        )
    ):
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
        if wants != Constraints() or re.search(
            r"\b(healthy|quick|filling|easy|cheap|good|best|tasty|simple|sweet|savou?ry|light"
            r"|post[- ]?workout|pre[- ]?workout|that fits?|fits? (my|in|into|the rest))\b",
            text,
        ):
            return Understanding(
                "suggest", focus=wants.focus, constraints=wants, matched="meal request", **base
            )
    if meal and (
        (_MEAL_RECALL.search(text) and (period or re.search(r"\bmy\b", text)))
        # "my lunch cals", "how many cals was breakfast": a nutrient of a logged meal
        or (nutrients and re.search(r"\b(my|was|were)\b", text) and not _SUGGEST.search(text))
        # a meal still to come ("dinner tonight?") is the plan's or a suggestion's
        or (period and len(text.split()) <= 4 and not re.search(r"\b(tomorrow|tonight)\b", text))
    ):
        # "what was my breakfast today", "lunch 2day was wat", "dinner yesterday?": what was
        # logged for a meal.
        fields = {**base, "period": period or "today"}
        return Understanding("intake", matched="meal recall", **fields)
    if _OTHER_PERSON.search(text):
        # "how do I make sure my daughter gets enough protein": general guidance, not the
        # user's own log or targets.
        return Understanding("knowledge", matched="another person", **base)
    if _AGAINST_TARGET.search(text) and nutrients and period in (None, "today"):
        return Understanding("remaining", matched="against target", **base)
    if _REMAINING.search(text) and (
        nutrients or re.search(r"\b(eat|today|budget)\b", text) or meal
    ):
        # "how much room do I have left for dinner": a meal still to come is today's budget.
        return Understanding("remaining", matched="remaining", **base)
    compared = find_comparison(text, today)
    if compared:
        (kind, on), other = compared
        fields = {**base, "period": kind, "on": on}
        return Understanding("intake", compare=other, matched="comparison", **fields)
    if _INTAKE.search(text) or (period and nutrients and not _TARGETS.search(text)):
        # "protein today?" names a period and a nutrient: the user's own log.
        return Understanding("intake", matched="intake", **{**base, "period": period or "today"})
    if _TARGETS.search(text):
        if period and not re.search(r"\b(target|goal|limit|budget|should|need|aim)", text):
            # "my macros for today": what was eaten, not the targets
            return Understanding("intake", matched="intake", **base)
        if _BODY_WEIGHT_AMOUNT.search(text) and not re.search(r"\bmy\b", text):
            # "how many calories do I need to cut to lose a pound": the energy in body
            # weight (knowledge), not the profile's daily target.
            return Understanding("knowledge", matched="energy in body weight", **base)
        if (
            (_PURPOSE.search(text) or _PER_MEAL.search(text))
            and not re.search(r"\bmy\b", text)
            and nutrients != ("calories",)
        ):
            # "... per meal" asks how to split a day's amount, which the daily target
            # does not say; the evidence on it does.
            # "how much protein do I need to build muscle": the evidence for that goal (g
            # per kg), not the profile's target, which was set for another purpose. Calories
            # stay personal: the profile's target is already worked out for the goal.
            return Understanding("knowledge", matched="nutrient for a purpose", **base)
        return Understanding("targets", matched="targets", **base)
    if DOMAIN_WORDS.search(text):
        return Understanding("knowledge", matched="domain words", **base)
    return Understanding("out_of_scope", matched="none", **base)

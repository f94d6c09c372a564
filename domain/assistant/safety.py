"""Safety rules, checked before any provider answers.

- Emergencies (chest pain, trouble breathing, a severe allergic reaction, fainting,
  thoughts of suicide or self-harm, an overdose): a calm answer that puts getting help
  now first.
- Signs of disordered eating (purging, laxatives or starving to lose weight, fear or guilt
  around eating, binge-purge cycles): a supportive answer pointing to professional help,
  with no numbers that could feed the behaviour.
- Intakes below the safe floors (1,200 kcal/day women, 1,500 kcal/day men without medical
  supervision; AHA/ACC/TOS 2013, NIH): declined with the reason.
- Diagnosis and medication questions: declined; a doctor or pharmacist should answer them.

Emergency beats disordered eating beats the calorie floor beats medical, so the most
urgent reading wins when a message has several.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.assistant.intents import normalise

FLOOR_WOMEN, FLOOR_MEN = 1200, 1500
FLOOR_SOURCE = "AHA/ACC/TOS Guideline for the Management of Overweight and Obesity (2013); NIH"

_EMERGENCY = re.compile(
    r"\bchest (pain|hurts|tightness|pressure)\b|\bpain in my chest\b|\bheart attack\b"
    r"|\b(can'?t|cannot|can not|hard to|trouble|difficulty|struggling to) breath(e|ing)\b"
    r"|\bthroat (is )?(swelling|closing|swollen)\b|\banaphyla\w*|\bsevere allergic\b"
    r"|\b(lips|tongue|face) (is |are )?swelling\b"
    r"|\b(fainted|fainting|passed out|passing out|unconscious|blacked out|collapsed)\b"
    r"|\b(kill myself|killing myself|end my life|suicid\w*|want to die|don'?t want to live"
    r"|self[- ]harm\w*|hurt myself|cut myself)\b"
    r"|\boverdos\w*|\btook too many (pills|tablets)\b|\bseizure\b|\bstroke\b(?! rate)"
)
_DISORDERED = re.compile(
    r"\bmake (myself|me) (throw up|vomit|sick|puke)\b|\b(throw|throwing) up after (eating|meals?"
    r"|food|i eat)\b|\bvomit(ing)? after (eating|meals?|i eat)\b|\bpurg(e|ing)\b"
    r"|\blaxatives?\b|\bdiuretics? to lose\b|\bstarv(e|ing) myself\b"
    r"|\b(stop|quit) eating( (completely|entirely|altogether|for (a|several|\d+) (days?|weeks?)))?"
    r"\s*[.?!]*$|\bnot eat(ing)? (anything|at all|for (\d+|a few|several) days)\b"
    r"|\beat (nothing|as little as possible)\b|\b(afraid|scared|terrified) (to|of) eat(ing)?\b"
    r"|\b(feel|felt|feeling) (so )?(guilty|disgusted|ashamed) (after|about|when) (eating|i eat)\b"
    r"|\bhate my body\b|\bdisgusted (with|by) my body\b|\beating disorder\b|\banorexi\w*"
    r"|\bbulimi\w*|\bbinge eating\b|\bbing(e|ing|ed) and purg\w*"
    r"|\bbing(e|ing|ed)\b.*\b(can'?t stop|every (day|night)|out of control|compensate)\b"
    r"|\bpunish myself\b|\bskip(ping)? (all )?(my )?meals to (lose|punish|make up)\b"
    r"|\bburn off everything i eat\b|\bexercise to (make up|compensate) for (eating|food)\b"
)
_MEDICAL = re.compile(
    r"\bdo i have (diabetes|cancer|celiac|coeliac|ibs|an? \w+ (disease|disorder|deficiency)"
    r"|\w+itis|high blood pressure|hypertension|thyroid|anemia|anaemia)\b|\bdiagnos\w*"
    r"|\bwhat('s| is) wrong with me\b|\bis (it|this) (cancer|serious|a symptom)\b"
    r"|\bsymptoms? of\b|\bi have (these |some )?symptoms\b"
    r"|\b(medication|medications|medicine|medicines|prescription|prescribed|dosage|dose)\b"
    r"|\b(insulin|metformin|statins?|ozempic|wegovy|semaglutide|tirzepatide|mounjaro"
    r"|warfarin|antidepressants?|ssris?|ibuprofen|paracetamol|acetaminophen|aspirin"
    r"|blood thinners?|antibiotics?|diet pills?|weight[- ]loss (pills?|drugs?|injections?))\b"
    r"|\bshould i (stop|start) taking\b|\bcure (my|for)\b|\btreat my\b"
)
_CALORIE_AMOUNT = re.compile(
    r"(?<![\d,.])(\d{1,2}(?:,\d{3})|\d{2,5})\s*(?:k?cals?|kcals?|calories|calorie)\b"
)
_DAILY_CONTEXT = re.compile(
    r"\b(a day|per day|each day|daily|every day|/day|diet|plan|only eat|eat only|limit|"
    r"target|goal|budget|intake|live on|survive on|stick to|set my)\b"
)
_LOW_WORDS = re.compile(
    r"\b(water fast\w*|fast(ing)? for (\d+|a|several|two|three|four|five|seven) (days|weeks?)"
    r"|juice cleanse for (a )?(week|\d+ days)|zero calories|no food for)\b"
)


@dataclass(frozen=True)
class SafetyVerdict:
    """A message the safety rules answer themselves, and why."""

    category: str  # emergency | disordered_eating | below_floor | medical
    response: str
    sources: tuple[str, ...] = ()


def _floor_for(gender: str) -> tuple[int, str]:
    if gender == "male":
        return FLOOR_MEN, "men"
    if gender == "female":
        return FLOOR_WOMEN, "women"
    return FLOOR_WOMEN, "women"  # the lower floor: only refuse what is unsafe for anyone


def emergency_answer() -> SafetyVerdict:
    return SafetyVerdict(
        "emergency",
        "I'm really sorry you're going through this, and I want you to get help right away. "
        "If you are in danger or this is happening now, call your local emergency number "
        "(911 in the US and Canada, 112 in the EU, 999 in the UK) or go to the nearest "
        "emergency department. If you are having thoughts of suicide or self-harm, please reach "
        "out now to a crisis line (988 Suicide & Crisis Lifeline in the US, call or text 988; "
        "Samaritans 116 123 in the UK and Ireland) or to someone you trust. I'm a nutrition and "
        "fitness assistant and can't give medical help, but you don't have to handle this alone.",
    )


def disordered_eating_answer() -> SafetyVerdict:
    return SafetyVerdict(
        "disordered_eating",
        "Thank you for sharing this; it takes courage. What you describe can be a sign that "
        "eating has become really hard, and you deserve support, not more rules. I won't give "
        "numbers or tips that could make it harder, but please consider talking to a doctor, "
        "a registered dietitian or a mental-health professional, or an eating-disorder "
        "organisation in your country (for example Beat in the UK, or ANAD or the National "
        "Alliance for Eating Disorders in the US). If you ever feel unsafe, call your local "
        "emergency number. When you're ready, I'm happy to help with gentle, regular eating "
        "and balanced meals.",
    )


def medical_answer() -> SafetyVerdict:
    return SafetyVerdict(
        "medical",
        "I can't diagnose conditions or advise on medications, doses or stopping or starting "
        "treatment; those questions need your doctor or pharmacist, who know your health "
        "history. If symptoms are severe or sudden, seek medical care promptly. I can help "
        "with general nutrition and fitness information, your food log, calorie and nutrient "
        "lookups, and your diet and workout plans.",
    )


def below_floor_answer(amount: int | None, gender: str) -> SafetyVerdict:
    floor, group = _floor_for(gender)
    asked = f"{amount:,} kcal a day" if amount else "that little food"
    return SafetyVerdict(
        "below_floor",
        f"I can't help you plan {asked}. Eating plans should not go below about 1,200 kcal a "
        f"day for women or 1,500 kcal a day for men without medical supervision (for you, "
        f"{floor:,} kcal is the floor I use for {group}); going lower makes it hard to get "
        "enough protein, vitamins and minerals and can cause muscle loss, fatigue and "
        "gallstones. A safe pace is a deficit of about 500 kcal a day, roughly 0.5 kg a week. "
        "If a doctor has prescribed a very-low-calorie diet, follow their supervised plan. "
        "I can show your calorie target or suggest filling, lower-calorie foods instead.",
        sources=(FLOOR_SOURCE,),
    )


def check(query: str, gender: str = "") -> SafetyVerdict | None:
    """The safety rule that answers ``query`` itself, or None to let a provider answer."""
    text = normalise(query)
    if _EMERGENCY.search(text):
        return emergency_answer()
    if _DISORDERED.search(text):
        return disordered_eating_answer()
    floor, _ = _floor_for(gender)
    if _DAILY_CONTEXT.search(text):
        for match in _CALORIE_AMOUNT.finditer(text):
            amount = int(match.group(1).replace(",", ""))
            if 0 < amount < floor and not _is_lookup_amount(text, match):
                return below_floor_answer(amount, gender)
    if _LOW_WORDS.search(text):
        return below_floor_answer(None, gender)
    if _MEDICAL.search(text):
        return medical_answer()
    return None


def _is_lookup_amount(text: str, match: re.Match[str]) -> bool:
    """ "a 300 kcal snack" or "burn 500 calories" is not a daily intake."""
    after = text[match.end() : match.end() + 25]
    before = text[max(0, match.start() - 25) : match.start()]
    if re.match(
        r"\s*(snack|meal|breakfast|lunch|dinner|deficit|surplus|less|fewer|more|left"
        r"|remaining|under|over|burn|from)",
        after,
    ):
        return True
    return bool(re.search(r"(burn|deficit of|cut|lose|left|remaining|snack of)\s*$", before))

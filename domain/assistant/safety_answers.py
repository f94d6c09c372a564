"""What the safety gate says: one answer per level, with category-specific wording.

- crisis: warm and short, a crisis line (988 Suicide & Crisis Lifeline in the US; Samaritans
  116 123 in the UK and Ireland; the local emergency number), and a trusted person.
  Nothing else follows: no numbers, no diet advice.
- emergency: call emergency services now, with the one first step that is standard public
  first-aid guidance for that emergency (epinephrine auto-injector, fast sugar if able to
  swallow), and no diet advice.
- safety: a careful answer pointing to the right professional, with no calorie or gram
  figures that could feed the behaviour.

Only phone numbers that are well known and stable are given (988, 911/112/999, Samaritans).
"""

from __future__ import annotations

from domain.assistant.safety_lexicon import CRISIS, EMERGENCY

CALL_NOW = (
    "Please call your local emergency number now (911 in the US and Canada, 112 in the EU, "
    "999 in the UK) or ask someone nearby to call for you; don't wait to see if it passes."
)

CRISIS_TEXT = (
    "I'm really glad you told me, and I'm sorry you're carrying this. You deserve support "
    "right now from a person, not an app. Please reach out to a crisis line: in the US, call "
    "or text 988 (988 Suicide & Crisis Lifeline); in the UK and Ireland, call Samaritans on "
    "116 123; elsewhere, your local crisis line or emergency number. If you might act on "
    "these thoughts or are in danger now, call your local emergency number (911, 112, 999). "
    "It can also help to talk to someone you trust today, a friend, family member or your "
    "doctor, and let them know how you're feeling. You don't have to go through this alone."
)

_EMERGENCY_FIRST_STEP = {
    "allergic_reaction": (
        "This sounds like it could be a severe allergic reaction (anaphylaxis). If you have an "
        "epinephrine auto-injector (EpiPen), use it now, then call emergency services even if "
        "you feel better, because symptoms can come back."
    ),
    "chest_pain": (
        "Chest pain or pressure, especially with breathlessness, sweating, or pain spreading "
        "to the arm or jaw, can be a heart problem and needs urgent medical care."
    ),
    "fainting": (
        "Fainting, blacking out or losing consciousness needs to be checked by a medical "
        "professional urgently, especially with a head injury, confusion or chest symptoms."
    ),
    "blood_sugar": (
        "This could be a dangerous blood sugar level. If you (or the person) are awake and can "
        "swallow, take fast-acting sugar such as glucose tablets, juice or regular soda now, "
        "and follow your diabetes care team's hypo plan; if drowsy, confused, unable to "
        "swallow or not improving, get emergency help immediately."
    ),
}
_EMERGENCY_DEFAULT = (
    "What you describe can be a medical emergency and needs to be seen by a doctor urgently."
)

_SAFETY_TEXT = {
    "eating_disorder": (
        "Thank you for telling me; that takes courage. What you describe (such as making "
        "yourself sick, using laxatives or water pills, exercising to cancel out food, or "
        "going without food) can seriously harm your heart, gut and teeth, and it can be a "
        "sign of an eating disorder. You deserve real support, not more rules, so I won't give "
        "numbers or tips for this. Please talk to a doctor or GP, or a registered dietitian "
        "or mental-health professional who specialises in eating disorders. Eating-disorder "
        "charities can help you take the first step: for example ANAD or the National "
        "Alliance for Eating Disorders in the US, or Beat in the UK. If you feel faint, your "
        "heart races, or you vomit blood, call your local emergency number."
    ),
    "pregnancy_weight_loss": (
        "Losing weight or cutting calories isn't recommended during pregnancy: your baby needs "
        "steady energy and nutrients, and how much weight to gain depends on your own "
        "situation. I won't give a weight-loss target or a calorie deficit for pregnancy. "
        "Please talk to your midwife, obstetrician or doctor, who can give you a gain range "
        "that fits you, and ask about a referral to a registered dietitian. I'm happy to help "
        "with balanced, pregnancy-safe food choices."
    ),
    "breastfeeding_weight_loss": (
        "While breastfeeding, fast weight loss, crash diets, cleanses and diet pills can affect "
        "your energy, your health and your milk supply, and pills can pass into breast milk. "
        "Gradual loss is usually possible, but the pace should be set with your doctor, "
        "midwife, health visitor or a lactation consultant or registered dietitian. I won't "
        "give a deficit for this, but I can help with balanced, filling meals."
    ),
    "minor_dieting": (
        "It sounds like you're still growing, and dieting or cutting calories while you grow "
        "can affect your growth, energy, periods, bones and mood. I won't give calorie targets "
        "or weight-loss plans for someone under 18. Please talk with a parent or an adult you "
        "trust and your doctor, paediatrician or school nurse; they can help you work out what "
        "is healthy for you. If you ever feel bad about your body or food, that's worth "
        "talking about with them too. I can share ideas for regular, balanced meals and "
        "enjoyable activity."
    ),
    "performance_drugs": (
        "I can't help with that. Drugs such as clenbuterol, DNP, SARMs, anabolic steroids, "
        "ephedrine, thyroid hormone or someone else's prescription stimulants are unsafe for "
        "weight loss or body composition: they can cause heart rhythm problems, liver and "
        "hormone damage, and DNP in particular has killed people at doses sold online. Many "
        "are banned in sport. Please speak to a doctor or pharmacist about any you have taken; "
        "if you feel very hot, your heart races, or you feel faint, call emergency services."
    ),
    "medication_change": (
        "Please don't stop, skip, or change the dose of a prescribed medicine (such as insulin, "
        "metformin, GLP-1 medicines like Ozempic or Mounjaro, blood-pressure tablets, statins, "
        "thyroid medicine or antidepressants) on your own, even if your diet has changed. "
        "Some can cause dangerous highs or lows, withdrawal or rebound effects when changed "
        "suddenly. Your doctor or pharmacist (or whoever prescribed it) can review the dose "
        "with you, and diet changes are a good reason to book that review. I can help with "
        "the food side once you've spoken to them."
    ),
    "extreme_restriction": (
        "I can't help with eating that little or losing weight that fast: very low intakes and "
        "long fasts can cause dizziness, fainting, heart rhythm problems, hair loss, missed "
        "periods and muscle loss, and they can be a sign that food has become really hard. "
        "Please talk to a doctor or GP or a registered dietitian; if fear of eating or "
        "weight gain is part of this, an eating-disorder service can support you too (for example "
        "ANAD in the US or Beat in the UK). If you feel faint or your heart races, call your "
        "local emergency number. I'm happy to help with regular, balanced meals."
    ),
    "medical": (
        "I can't diagnose conditions; that needs a doctor, who can examine you and order the "
        "right tests. If symptoms are severe or sudden, seek medical care promptly. I can help "
        "with general nutrition information, your food log and your plans."
    ),
}
_EATING_DISORDER = {"purging", "laxatives_diuretics", "compensatory_exercise"}


def crisis_text() -> str:
    """The mental-health crisis answer."""
    return CRISIS_TEXT


def emergency_text(category: str) -> str:
    """The medical-emergency answer, with the first step for ``category``."""
    first = _EMERGENCY_FIRST_STEP.get(category, _EMERGENCY_DEFAULT)
    return (
        f"{CALL_NOW} {first} I'm a nutrition assistant and can't give medical care, so "
        "please get help first; questions about food can wait."
    )


def safety_text(category: str) -> str:
    """The careful answer for a ``safety``-level category."""
    key = "eating_disorder" if category in _EATING_DISORDER else category
    return _SAFETY_TEXT.get(key, _SAFETY_TEXT["eating_disorder"])


def answer_for(level: str, category: str) -> str:
    """The text for a verdict of ``level`` in ``category``."""
    if level == CRISIS:
        return crisis_text()
    if level == EMERGENCY:
        return emergency_text(category)
    return safety_text(category)

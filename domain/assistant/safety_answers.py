"""What the safety gate says: one answer per level, with category-specific wording.

- crisis: warm and short, a crisis line (988 Suicide & Crisis Lifeline in the US; Samaritans
  116 123 in the UK and Ireland; the local emergency number), and a trusted person.
  Nothing else follows: no numbers, no diet advice.
- emergency: call emergency services now, with the one first step that is standard public
  first-aid guidance for that emergency (epinephrine auto-injector, fast sugar if able to
  swallow), and no diet advice.
- safety: a careful answer pointing to the right professional, with no calorie or gram
  figures that could feed the behaviour.

Only phone numbers that are well known and stable are given (988, 911/112/999, Samaritans,
US Poison Control 1-800-222-1222).

The emergency for a pregnancy (reduced baby movements, fluids not kept down) sends the
person to their maternity unit first, as NHS and RCOG guidance does; every other emergency
starts with the emergency number.
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
_EMERGENCY_FIRST_STEP.update(
    {
        "dehydration": (
            "No urine for many hours, confusion, a baby with no wet nappies or who is unusually "
            "sleepy, or being unable to keep fluids down can mean severe dehydration, which "
            "needs urgent medical care. While you wait, take small, frequent sips of water or "
            "an oral rehydration solution if you can swallow safely; keep offering a baby "
            "breast milk or formula, and get them seen now."
        ),
        "supplement_overdose": (
            "Swallowing too many supplement or medicine tablets, iron above all, can be "
            "dangerous even when the person seems fine at first, because some harm shows only "
            "hours later. Keep the packet to show them. Don't make the person vomit and don't "
            "give food to soak it up unless you are told to."
        ),
        "pregnancy_risk": (
            "Fewer baby movements than usual, being unable to keep fluids down, or feeling "
            "very unwell in pregnancy needs checking today, not at your next appointment: your "
            "maternity unit can see you at any time of day or night."
        ),
        "breathing": (
            "Slow or shallow breathing, or being hard to wake, after alcohol, sleeping pills, "
            "benzodiazepines or opioids can be life-threatening. Don't leave the person alone "
            "or let them sleep it off; if they are unconscious but breathing, lay them on "
            "their side (the recovery position). Food or coffee will not help."
        ),
        "gi_bleeding": (
            "Vomiting blood, or vomit that looks like coffee grounds, or black tarry stools can "
            "mean bleeding in the food pipe or stomach, which needs urgent medical care; "
            "repeated vomiting can tear the lining of the food pipe."
        ),
        "eating_disorder_complication": (
            "A fluttering, racing or irregular heartbeat, confusion, or being too weak to stand "
            "after vomiting, laxatives, water pills or going without food can mean your "
            "potassium, sodium or blood sugar has dropped to a dangerous level, which can "
            "affect how your heart beats. Doctors can check this with a quick blood test and "
            "treat it."
        ),
        "rhabdomyolysis": (
            "Dark, cola-coloured urine with muscle pain or weakness can mean muscle breakdown "
            "(rhabdomyolysis), which can damage the kidneys and needs urgent medical care; tell "
            "the doctors about any medicines or supplements you take."
        ),
    }
)
# Who to call first, when it is not the emergency number.
_CALL_FIRST = {
    "supplement_overdose": (
        "Please call Poison Control now (1-800-222-1222 in the US) or your local poison "
        "information service, or your local emergency number (911, 112, 999) if the person is "
        "drowsy, vomiting, in pain or seems unwell; don't wait to see if it passes."
    ),
    "pregnancy_risk": (
        "Please contact your maternity unit, labour ward or midwife right now (if you can't "
        "reach them, call your local emergency number: 911, 112 or 999); don't wait to see if "
        "it passes."
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
        "While breastfeeding, fast weight loss, crash diets, very low-carb (keto) diets, "
        "cleanses and diet pills can affect "
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
        "ephedrine, thyroid hormone, someone else's prescription stimulants, or GLP-1 "
        "medicines such as semaglutide bought without a prescription (often fake or wrongly "
        "dosed) are unsafe for "
        "weight loss or body composition: they can cause heart rhythm problems, liver and "
        "hormone damage, and DNP in particular has killed people at doses sold online. Many "
        "are banned in sport. Please speak to a doctor or pharmacist about any you have taken; "
        "if you feel very hot, your heart races, or you feel faint, call emergency services."
    ),
    "medication_change": (
        "Please don't stop, skip, or change the dose of a prescribed medicine (such as insulin, "
        "metformin, GLP-1 medicines like Ozempic or Mounjaro, blood-pressure tablets, statins, "
        "thyroid medicine, blood thinners such as warfarin, or antidepressants) on your own, "
        "even if your diet has changed. Some can cause dangerous highs or lows, clots or "
        "bleeding, withdrawal or rebound effects when changed suddenly. Fasting, one meal a "
        "day or a very low-carb diet while on insulin, sulfonylureas such as gliclazide, or "
        "SGLT2 medicines can cause dangerous lows or ketoacidosis, so tell your doctor or "
        "diabetes team before you start: they may need to change the dose first. Your doctor or "
        "pharmacist (or whoever prescribed it) can review the dose "
        "with you, and diet changes are a good reason to book that review. I can help with "
        "the food side once you've spoken to them."
    ),
    "extreme_restriction": (
        "I can't help with eating that little, losing weight that fast or cutting weight by "
        "dehydrating: very low intakes, long fasts, sauna suits and spitting can cause dizziness, "
        "fainting, heart rhythm problems, hair loss, missed "
        "periods and muscle loss, and they can be a sign that food has become really hard. "
        "Please talk to a doctor or GP or a registered dietitian; if fear of eating or "
        "weight gain is part of this, an eating-disorder service can support you too (for example "
        "ANAD in the US or Beat in the UK). If you feel faint or your heart races, call your "
        "local emergency number. I'm happy to help with regular, balanced meals."
    ),
    "pregnancy_risk": (
        "This is one to check with your midwife, obstetrician or doctor rather than an app, "
        "and soon. In pregnancy some everyday things carry real risks: there is no known safe "
        "amount of alcohol; fasting can cause dizziness, dehydration and ketones; a fever "
        "after soft cheeses, deli meats, pâté or other chilled ready-to-eat foods can be "
        "listeria, which needs prompt treatment; caffeine should stay within the limit your "
        "midwife gives you; and high-dose vitamin A (retinol) supplements, liver products and "
        "retinoid medicines such as isotretinoin can harm the baby. Please call your midwife, "
        "maternity unit or doctor today (straight away if you have a fever), and ask them "
        "before taking more of any supplement or medicine you're unsure about. If you have "
        "bleeding, severe pain, fewer baby movements or can't keep fluids down, contact your "
        "maternity unit or emergency services now. I'm happy to help with pregnancy-safe "
        "meals."
    ),
    "drug_interaction": (
        "Please check this with your pharmacist or the doctor who prescribes your medicine "
        "before you go ahead: some foods, drinks and supplements change how a medicine works "
        "or make it dangerous. For example, MAOI antidepressants with aged cheese, cured meats "
        "or tap beer can cause a dangerous rise in blood pressure; a sudden change in how many "
        "leafy greens (vitamin K) you eat changes how warfarin works, so keep them steady and "
        "let your anticoagulation clinic set the dose, never yourself; grapefruit juice raises "
        "the level of some statins and other medicines; alcohol with metronidazole, sleeping "
        "pills, benzodiazepines or opioids can be dangerous; St John's wort interacts with "
        "antidepressants and the contraceptive pill; and potassium salt substitutes or "
        "high-potassium plans with ACE inhibitors or spironolactone can push potassium to "
        "dangerous levels. A pharmacist can usually answer the same day. If you have a severe "
        "headache, chest pain, slowed breathing, or muscle pain with dark urine, call your "
        "local emergency number."
    ),
    "supplement_overdose": (
        "I can't recommend that amount. Doses far above the safe upper limit of vitamins, "
        "minerals, caffeine or medicines (such as vitamin A, vitamin D, niacin, iron, "
        "potassium, caffeine powder or paracetamol) can damage the liver, heart, kidneys or "
        "nerves, and more is not better. Please talk to a doctor or "
        "pharmacist before taking more, and keep supplements, iron especially, out of "
        "children's reach. If someone has already taken too much, call Poison Control "
        "(1-800-222-1222 in the US), your local poison information service or your emergency "
        "number now, even if they seem well. If you're asking because you're thinking about "
        "harming yourself, please reach out now: call or text 988 in the US, Samaritans on "
        "116 123 in the UK and Ireland, or your local emergency number."
    ),
    "medical_condition_diet": (
        "With kidney disease or dialysis, heart failure or liver disease, everyday diet advice "
        "can be dangerous, and what you describe goes against the limits these conditions "
        "need: for example, high protein or high-potassium foods (bananas, coconut water, "
        "potassium salt substitutes) with kidney disease or on dialysis, extra fluid or salt "
        "with heart failure, and salt or alcohol with cirrhosis. Please don't start this "
        "without your specialist team: your kidney, heart or liver doctor, or a registered "
        "dietitian who works with your condition, can tell you what is safe for you. If you "
        "notice new swelling, sudden weight gain, breathlessness, confusion or an irregular "
        "heartbeat, seek medical care promptly. I can help with food ideas that fit the "
        "limits your team has set."
    ),
    "medical": (
        "I can't diagnose conditions; that needs a doctor, who can examine you and order the "
        "right tests. If symptoms are severe or sudden, seek medical care promptly. I can help "
        "with general nutrition information, your food log and your plans."
    ),
}
_EATING_DISORDER = {"purging", "laxatives_diuretics", "compensatory_exercise"}
# Said after an emergency answer when the message also describes an eating-disorder
# behaviour: the symptom is what needs help now (so it comes first and the call to action is
# not diluted), but the behaviour behind it needs support too, and a person who was only
# told to call an ambulance may never hear that help for the eating exists.
EATING_DISORDER_FOLLOW_UP = (
    "Once you've been checked, please also get support for what is happening with food "
    "(making yourself sick, laxatives or water pills, or not eating): a doctor or GP, or an "
    "eating-disorder service such as ANAD or the National Alliance for Eating Disorders in "
    "the US or Beat in the UK, can help. You deserve that care, not more rules."
)


def crisis_text() -> str:
    """The mental-health crisis answer."""
    return CRISIS_TEXT


def emergency_text(category: str) -> str:
    """The medical-emergency answer, with the first step for ``category``."""
    first = _EMERGENCY_FIRST_STEP.get(category, _EMERGENCY_DEFAULT)
    call = _CALL_FIRST.get(category, CALL_NOW)
    return (
        f"{call} {first} I'm a nutrition assistant and can't give medical care, so "
        "please get help first; questions about food can wait."
    )


def safety_text(category: str) -> str:
    """The careful answer for a ``safety``-level category."""
    key = "eating_disorder" if category in _EATING_DISORDER else category
    return _SAFETY_TEXT.get(key, _SAFETY_TEXT["eating_disorder"])


def answer_for(level: str, category: str, eating_disorder: bool = False) -> str:
    """The text for a verdict of ``level`` in ``category``.

    ``eating_disorder``: the message also describes an eating-disorder behaviour; an
    emergency answer then ends with where to get support for it (a crisis answer stays as it
    is: nothing follows it).
    """
    if level == CRISIS:
        return crisis_text()
    if level == EMERGENCY:
        text = emergency_text(category)
        return f"{text} {EATING_DISORDER_FOLLOW_UP}" if eating_disorder else text
    return safety_text(category)

"""Safety concepts that only exist in combination: a person or a medicine *with* a risk.

Each concept here needs two things in the same message, so neither word alone raises an
alarm ("which foods should I avoid on an MAOI" and "I take my statin at night" stay
ordinary):

- ``pregnancy_risk``: pregnancy with alcohol, fasting, fever, caffeine far over the limit or
  retinoids / high-dose vitamin A (NHS, ACOG; WHO on vitamin A in pregnancy);
- ``drug_interaction``: a medicine with the food, drink or supplement that makes it dangerous
  (MAOIs and tyramine, warfarin and vitamin K changes, statins and grapefruit juice, alcohol
  with metronidazole or sedatives, St John's wort with serotonergic drugs, potassium with
  ACE inhibitors, ARBs or potassium-sparing diuretics, lithium with salt or fluid loss);
- ``medication_change``: glucose-lowering medicines (insulin, sulfonylureas, SGLT2
  inhibitors, metformin with long fasts) with fasting or very low carb, which needs the
  prescriber to adjust doses first (ADA Standards of Care; IDF-DAR Ramadan guidelines);
- ``supplement_overdose``: doses far above the tolerable upper intake levels (NIH ODS,
  EFSA), many pills at once, or a child who got into tablets (iron is the classic fatal
  paediatric poisoning);
- ``medical_condition_diet``: a diagnosed condition with the diet change it forbids (kidney
  disease or dialysis with high protein or potassium, heart failure with fluid or salt,
  cirrhosis with salt or alcohol), or a plan against what the doctor set.

A question that asks *what to avoid or limit* is the ordinary, careful question and is left
to the assistant (``ASKS_WHAT_TO_AVOID``), unless it also states a plan against the
doctor's advice.
"""

from __future__ import annotations

import re

from domain.assistant.safety_lexicon import EMERGENCY, PREGNANCY_NEGATION, PREGNANT, SAFETY


def _re(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


ASKS_WHAT_TO_AVOID = re.compile(
    r"\b(?:which|what) (?:foods?|drinks?|fruits?|things|snacks|vegetables)\b(?: \w+){0,3}"
    r" (?:avoid|limit|stay away|cut|contain|have|are (?:high|rich) in)|\blist of\b"
    r"|\bfoods? to (?:avoid|limit)\b|\bshould i (?:avoid|limit)\b"
    r"|\bdo i (?:need|have) to (?:avoid|limit|cut|watch)|\b(?:careful|cautious) (?:with|about)\b"
    r"|\b(?:watch|look) out for\b|\b(?:low|lower|less) (?:in )?(?:potassium"
    r"|protein|salt|sodium|phosphorus)\b|\b(?:kidney|heart|liver) friendly\b|\bhow to limit\b"
)
ALCOHOL = re.compile(
    r"\b(?:wine|beers?|vodka|gin|rum|whiske?y|tequila|alcohol|booze|cocktails?|champagne|prosecco"
    r"|shots|drunk|tipsy|hungover|pints?|margaritas?|sake|cider)\b"
    r"|\bdrink(?:ing)? (?:on|while on|with|while taking)\b|\b(?:a|few|couple of|some) drinks\b"
    r"|\b(?:go|going|went|out) (?:out )?drinking\b|\bdrinking (?:tonight|tomorrow|this weekend)"
    r"|\bnight out\b|\bbinge drink\w*|\b(?:get|getting) drunk\b"
)
NON_ALCOHOLIC = re.compile(r"\bnon ?alcoholic|\balcohol free|\bmocktails?|\bzero alcohol|\b0 ?%")

# --- pregnancy ---------------------------------------------------------------------------
PREGNANCY_FASTING = re.compile(
    r"\bfast(?:ing|ed)?\b(?! food)|\bramadan\b|\bomad\b|\bone meal a day|\bskip\w* (?:all )?meals"
    r"|\b(?:juice|water) only\b|\bnot eating\b"
)
PREGNANCY_FEVER = re.compile(r"\b(?:fever|chills|feverish|shivering|flu like|temperature of)\b")
PREGNANCY_CAFFEINE = re.compile(
    r"\b(?:[3-9]|1\d|three|four|five|six|seven|eight|nine|ten) (?:cups|coffees|espressos|mugs"
    r"|red ?bulls|monsters|cans of (?:coke|cola|energy))\b|\benergy drinks\b"
    r"|\b(?:[2-9]|two|three|four|five) energy drinks?\b|\bcaffeine pills?|\bpre ?workout"
)
RETINOIDS = re.compile(r"\b(?:accutane|isotretinoin|roaccutane|retinoids?|tretinoin|acitretin)\b")
VITAMIN_A_IU = re.compile(
    r"\b(\d{4,6}) ?(?:iu|units)\b(?: of)?(?: \w+){0,2} (?:vitamin a|retinol)\b"
    r"|\b(?:vitamin a|retinol)\b(?: \w+){0,4} (\d{4,6}) ?(?:iu|units)\b"
)
PREGNANCY_VITAMIN_A_IU = 10_000  # the adult UL (3,000 mcg RAE); above it is teratogenic

# --- medicines and what they meet ---------------------------------------------------------
MAOI = re.compile(
    r"\b(?:maois?|phenelzine|nardil|tranylcypromine|parnate|isocarboxazid|marplan|selegiline"
    r"|emsam|moclobemide|linezolid)\b"
)
TYRAMINE = re.compile(
    r"\b(?:aged (?:cheese|cheddar|meats?)|cheddar|parmesan|blue cheese|stilton|brie|camembert"
    r"|salami|pepperoni|cured meats?|charcuterie|tap beer|draft beer|draught beer|craft beer"
    r"|soy sauce|miso|sauerkraut|kimchi|fermented|tyramine|marmite|vegemite|fava beans"
    r"|broad beans|chianti|red wine|wine|beer|cheese)\b"
)
ANTICOAGULANT = re.compile(r"\b(?:warfarin|coumadin|acenocoumarol|phenprocoumon)\b")
VITAMIN_K_CHANGE = re.compile(
    r"\b(?:kale|spinach|greens|green juice|green smoothie|broccoli|vitamin k|chard|collards"
    r"|cranberry|grapefruit|st johns wort|ginkgo|turmeric|fish oil)\b.{0,80}"
    r"\b(?:started|start|starting|new|big|huge|lots|juice|smoothie|cleanse|detox|dose"
    r"|adjust\w*)\b"
    r"|\b(?:started|start|starting|new|juice|smoothie|cleanse|detox)\b.{0,80}\b(?:kale|spinach"
    r"|greens|green juice|broccoli|vitamin k|chard|collards)\b"
)
# Keeping vitamin K steady is exactly the advice, not a risk.
VITAMIN_K_STEADY = re.compile(r"\b(?:same amount|consistent\w*|steady|the same)\b")
GRAPEFRUIT_DRUG = re.compile(
    r"\b(?:simvastatin|atorvastatin|lovastatin|statins?|felodipine|nifedipine|amiodarone"
    r"|tacrolimus|ciclosporin|cyclosporine|buspirone)\b"
)
GRAPEFRUIT_LOAD = re.compile(
    r"\bgrapefruit (?:juice )?(?:diet|every|daily|a day)|\b(?:litre|liter|pint|glasses|jug|bottle)"
    r" of grapefruit|\b\d+ grapefruits|\bgrapefruit\b.{0,40}\b(?:every (?:day|morning)|daily"
    r"|a day|lots|whole)\b"
)
ALCOHOL_DRUG = re.compile(
    r"\b(?:metronidazole|flagyl|tinidazole|disulfiram|antabuse|xanax|alprazolam|valium|diazepam"
    r"|ativan|lorazepam|klonopin|clonazepam|benzo\w*|oxycodone|opioids?|codeine|tramadol"
    r"|percocet|vicodin|hydrocodone|morphine|fentanyl|gabapentin|pregabalin|lyrica|ambien"
    r"|zolpidem|zopiclone|sleeping pills?|sleeping tablets?|methotrexate)\b"
)
SEROTONERGIC_HERB = re.compile(r"\b(?:st johns wort|5 ?htp|tryptophan supplements?|sam e)\b")
SEROTONERGIC_DRUG = re.compile(
    r"\b(?:ssris?|snris?|antidepressants?|sertraline|fluoxetine|prozac|zoloft|lexapro"
    r"|escitalopram|citalopram|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta"
    r"|tramadol|triptans?|sumatriptan|birth control|the pill)\b"
)
POTASSIUM_DRUG = re.compile(
    r"\b(?:lisinopril|ramipril|enalapril|perindopril|captopril|ace inhibitors?|losartan|valsartan"
    r"|candesartan|irbesartan|olmesartan|arbs?|spironolactone|eplerenone|amiloride|triamterene"
    r"|trimethoprim)\b"
)
POTASSIUM_LOAD = re.compile(
    r"\b(?:potassium|salt substitutes?|lo ?salt|nu ?salt|no ?salt|potassium chloride|coconut water"
    r"|(?:[3-9]|1\d|three|four|five|six|seven|eight|ten) bananas)\b"
)
LITHIUM = re.compile(r"\blithium\b")
LITHIUM_RISK = re.compile(
    r"\b(?:low salt|no salt|cut(?:ting)? (?:out )?(?:all |my )?salt|salt free|zero salt"
    r"|dehydrat\w*|sauna"
    r"|water fast|dry fast|diuretics?|water pills?|ibuprofen|nsaids?|naproxen|keto|fasting)\b"
)
# Glucose-lowering medicines that cause hypos or ketoacidosis when food stops.
HYPO_DRUG = re.compile(
    r"\b(?:insulin(?! resistan\w*| sensitiv\w*| levels?| spikes?| index| response)|gliclazide"
    r"|glipizide|glimepiride|glyburide|glibenclamide|sulfonylurea\w*"
    r"|repaglinide|nateglinide|sglt ?2\w*|jardiance|farxiga|invokana|empagliflozin|dapagliflozin"
    r"|canagliflozin)\b"
)
FASTING_OR_NO_CARB = re.compile(
    r"\bfast(?:ing|ed)?\b(?! food|er|est)|\bomad\b|\bone meal a day|\bskip\w* (?:meals|breakfast"
    r"|lunch|dinner)|\bnot eat\w*|\bramadan|\bketo\w*|\bcarnivore|\bno carbs?|\bzero carbs?"
    r"|\bvery low (?:carb|calorie)"
)
METFORMIN = re.compile(r"\bmetformin\b")
LONG_FASTING = re.compile(
    r"\b(?:water|dry|extended|multi ?day|prolonged) fast\w*|\bomad\b|\bone meal a day|\bramadan"
    r"|\b(?:[2-9]|two|three|four|five|seven) days? (?:water |dry )?fast"
)

# --- supplements --------------------------------------------------------------------------
# Far above the adult tolerable upper intake level (NIH ODS, EFSA), in mg (IU where noted):
# the point where a careful dietitian stops and refers, not the UL itself.
_DOSE_LIMIT_MG: dict[str, float] = {
    "niacin": 3000,  # UL 35 mg; gram doses only under a doctor (liver injury)
    "vitamin b3": 3000,
    "iron": 1500,
    "zinc": 150,  # UL 40 mg
    "vitamin b6": 500,  # UL 100 mg; neuropathy
    "b6": 500,
    "selenium": 1.0,  # 1,000 mcg; UL 400 mcg
    "iodine": 3.0,  # 3,000 mcg; UL 1,100 mcg
    "vitamin c": 10_000,  # UL 2,000 mg
    "magnesium": 1500,  # supplemental UL 350 mg
    "calcium": 4000,  # UL 2,500 mg
    "caffeine": 1000,  # healthy adults up to about 400 mg a day (FDA, EFSA)
    "potassium": 3000,  # supplements, not food
    "vitamin e": 1500,  # UL 1,000 mg
}
_DOSE_LIMIT_IU: dict[str, float] = {
    "vitamin a": 20_000,  # UL 10,000 IU
    "retinol": 20_000,
    "vitamin d": 100_000,  # UL 4,000 IU; 50,000 IU is a usual *weekly* prescription dose
    "vitamin d3": 100_000,
    "d3": 100_000,
    "vitamin e": 2_000,
}
_DAILY_VITAMIN_D_IU = 20_000  # every day, above this is toxic within weeks
_NUTRIENT = (
    r"(niacin|vitamin b3|iron|zinc|vitamin b6|b6|selenium|iodine|vitamin c|magnesium|calcium"
    r"|caffeine|potassium|vitamin e|vitamin a|retinol|vitamin d3|vitamin d|d3)"
)
_UNIT = r"(mg|mcg|ug|g|grams?|iu|units)"
DOSE_BEFORE = re.compile(
    rf"\b(\d+(?:\.\d+)?) ?{_UNIT}\b(?: of)?(?: (?:my|a|the|extra|pure|liquid))?(?: \w+)?"
    rf" {_NUTRIENT}\b"
)
DOSE_AFTER = re.compile(rf"\b{_NUTRIENT}\b(?: \w+){{0,4}} (\d+(?:\.\d+)?) ?{_UNIT}\b")
DAILY = re.compile(r"\b(?:a day|per day|daily|every day|each day|a night|every night)\b")
_WORD_COUNTS = {
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
    "fifteen": 15,
    "a dozen": 12,
    "a handful": 10,
    "a whole bottle": 30,
    "the whole bottle": 30,
    "a bottle": 30,
    "half the bottle": 15,
    "a bunch": 10,
    "all of": 30,
}
PILL_COUNT = re.compile(
    r"\b(take|taking|took|swallow|swallowed|ate|eat|eaten|had|have|pop|popping|popped|chewed"
    r"|chew)(?: like| about| around| maybe| almost| nearly| over| up to)? (\d{1,3}|ten|twenty"
    r"|thirty|fifteen|a dozen|a handful|a whole bottle|the whole bottle|a bottle|half the bottle"
    r"|a bunch|all of)(?: of)?(?: (?:my|the|these|those|his|her|them))?(?: \w+){0,3} (?:pills"
    r"|tablets|capsules|caps|gummies|vitamins|supplements|softgels|ones|tabs)\b"
)
MANY_PILLS = 6
# Pure caffeine powder: a teaspoon can be lethal (FDA warning, 2018); any amount needs caution.
# Asking how much of a painkiller is "too much" gets the careful answer with crisis lines.
CAFFEINE_POWDER = re.compile(
    r"\b(?:pure |powdered )?caffeine (?:powder|anhydrous)\b|\bpowdered caffeine\b"
    r"|\bgrams? of caffeine\b"
    r"|\bhow (?:many|much) (?:paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|sleeping pills"
    r"|painkillers)\b(?: \w+){0,3} (?:is|are|would be) (?:too (?:many|much)|fatal|lethal|deadly"
    r"|an overdose)"
)
PAST_INGESTION = {"took", "swallowed", "ate", "eaten", "had", "popped", "chewed"}
CHILD = re.compile(
    r"\b(?:toddler|baby|infant|my (?:son|daughter|kid|child|little one)|\d{1,2} year old"
    r"|(?:1|2|3|4|5|one|two|three|four|five) (?:yo|years old))\b"
)
CHILD_INGESTION = re.compile(
    r"\b(?:got into|gotten into|ate|eaten|swallowed|chewed|found and ate|into my)\b(?: \w+){0,4}"
    r" (?:iron|vitamins?|gummies|gummy vitamins|tablets|pills|supplements|meds|medicine"
    r"|medication|melatonin)\b"
)
INGESTION_AMOUNT = re.compile(
    r"\b(?:got into|gotten into|whole bottle|bunch|handful|a lot of|too many|all of|several"
    r"|(?:[3-9]|[1-9]\d) (?:of|tablets|pills|gummies))\b|\bate (?:like |about |maybe )?\d+"
)
SYMPTOMS = re.compile(
    r"\b(?:stomach (?:hurts|pain|ache)|threw up|throwing up|vomit\w*|diarrh\w*|drowsy|sleepy"
    r"|confus\w*|dizzy|racing|palpitations|seizure|numb\w*|tingl\w*)\b"
)

# --- medical conditions -------------------------------------------------------------------
KIDNEY = re.compile(
    r"\b(?:ckd|kidney (?:disease|failure|problems|damage|function)|renal (?:failure|disease"
    r"|insufficiency)|dialysis|stage [2-5] (?:ckd|kidney)|one kidney|kidney transplant"
    r"|bad kidneys|nephropathy|nephrotic|kidney doctor|nephrologist|renal (?:team|diet|doctor))\b"
)
KIDNEY_RISK = re.compile(
    r"\bhigh protein|\bprotein (?:shakes?|powder|bars)|\b\d{3} ?g (?:of )?protein|\bcarnivore"
    r"|\bketo\b|\bcreatine|\bpotassium|\bsalt substitutes?|\bcoconut water|\bbananas?\b"
    r"|\borange juice|\bstar ?fruit|\bnsaids?|\bibuprofen|\badvil|\bnaproxen|\bgallon"
    r"|\bwater challenge|\bphosphorus|\bmagnesium citrate|\bherbal supplements?"
)
HEART_FAILURE = re.compile(
    r"\b(?:heart failure|chf|congestive|fluid restrict\w*|fluid limit|fluid max|weak heart"
    r"|cardiomyopathy|ejection fraction)\b|\b\d(?:\.\d)? (?:l|litres?|liters?) (?:fluid )?"
    r"(?:max|limit)\b"
)
HEART_FAILURE_RISK = re.compile(
    r"\bgallon|\bwater challenge|\b[2-9](?:\.\d)? (?:l|litres?|liters?)\b|\bdrink more\b"
    r"|\bextra (?:water|fluids?|salt)|\bsalty|\bbone broth|\bpickle|\belectrolyte|\bliquorice"
    r"|\blicorice|\bnsaids?|\bibuprofen|\bpotassium|\benergy drinks?|\bsalt\b"
)
LIVER = re.compile(
    r"\b(?:cirrhosis|liver failure|end stage liver|hepatic|ascites|hepatitis)\b"
    r"|(?<!fatty )\bliver disease\b"
)
LIVER_RISK = re.compile(
    r"\bsalt|\bsodium|\bsalty|\bbroth|\belectrolyte|\btylenol|\bparacetamol|\bacetaminophen"
    r"|\biron supplements?|\braw (?:oysters|shellfish)|\bkava|\bgreen tea extract"
)
PANCREATITIS = re.compile(r"\bpancreatitis\b")
PANCREATITIS_RISK = re.compile(r"\bhigh fat|\bketo\b|\bcarnivore|\bfried|\bbinge")
# "my doctor said X but I want to Y": a plan against the clinician's instruction.
AGAINST_ADVICE = re.compile(
    r"\b(?:doctor|doc|gp|cardiologist|nephrologist|hepatologist|specialist|dietitian|dietician"
    r"|nurse|team|consultant|physician)\b.{0,80}\b(?:but|however|though)\b(?: \w+){0,3}"
    r" (?:i|im)\b(?: \w+){0,4} (?:want|wanna|going|gonna|about|plan\w*|start\w*|will|would like"
    r"|thinking|rather|dont care|ignore)"
    # "... said low potassium, but can I eat bananas every day anyway": asking leave to ignore it
    r"|\b(?:doctor|doc|gp|cardiologist|nephrologist|hepatologist|specialist|dietitian|dietician"
    r"|nurse|team|consultant|physician)\b.{0,80}\b(?:but|however|though)\b.{0,100}"
    r"\b(?:anyway|anyways|regardless|all the same|even so)\b"
)


def _pregnancy(text: str) -> list[tuple[str, str]]:
    if not PREGNANT.search(text) or PREGNANCY_NEGATION.search(text):
        return []
    risky = (
        (ALCOHOL.search(text) and not NON_ALCOHOLIC.search(text))
        or PREGNANCY_FASTING.search(text)
        or PREGNANCY_FEVER.search(text)
        or PREGNANCY_CAFFEINE.search(text)
        or RETINOIDS.search(text)
        or any(
            int(next(g for g in m.groups() if g)) >= PREGNANCY_VITAMIN_A_IU
            for m in VITAMIN_A_IU.finditer(text)
        )
    )
    return [(SAFETY, "pregnancy_risk")] if risky else []


def _interactions(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    asks_to_avoid = bool(ASKS_WHAT_TO_AVOID.search(text))
    alcohol = bool(ALCOHOL.search(text)) and not NON_ALCOHOLIC.search(text)
    pairs = (
        MAOI.search(text) and TYRAMINE.search(text),
        ANTICOAGULANT.search(text)
        and VITAMIN_K_CHANGE.search(text)
        and not VITAMIN_K_STEADY.search(text),
        GRAPEFRUIT_DRUG.search(text) and GRAPEFRUIT_LOAD.search(text),
        ALCOHOL_DRUG.search(text) and alcohol,
        SEROTONERGIC_HERB.search(text) and SEROTONERGIC_DRUG.search(text),
        POTASSIUM_DRUG.search(text) and POTASSIUM_LOAD.search(text),
        LITHIUM.search(text) and LITHIUM_RISK.search(text),
    )
    if any(pairs) and not asks_to_avoid:
        found.append((SAFETY, "drug_interaction"))
    if HYPO_DRUG.search(text) and FASTING_OR_NO_CARB.search(text):
        found.append((SAFETY, "medication_change"))
    if METFORMIN.search(text) and LONG_FASTING.search(text):
        found.append((SAFETY, "medication_change"))
    return found


def _dose_mg(value: float, unit: str) -> float | None:
    if unit in {"g", "gram", "grams"}:
        return value * 1000
    if unit == "mg":
        return value
    if unit in {"mcg", "ug"}:
        return value / 1000
    return None


def _too_high(nutrient: str, value: float, unit: str, daily: bool) -> bool:
    if unit in {"iu", "units"}:
        if nutrient in {"vitamin d", "vitamin d3", "d3"} and daily:
            return value >= _DAILY_VITAMIN_D_IU
        limit = _DOSE_LIMIT_IU.get(nutrient)
        return limit is not None and value >= limit
    mg = _dose_mg(value, unit)
    limit = _DOSE_LIMIT_MG.get(nutrient)
    return mg is not None and limit is not None and mg >= limit


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_COUNTS.get(word, 0)


def _supplements(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    daily = bool(DAILY.search(text))
    for match in DOSE_BEFORE.finditer(text):
        value, unit, nutrient = match.groups()
        if _too_high(nutrient, float(value), unit, daily):
            found.append((SAFETY, "supplement_overdose"))
    for match in DOSE_AFTER.finditer(text):
        nutrient, value, unit = match.groups()
        if _too_high(nutrient, float(value), unit, daily):
            found.append((SAFETY, "supplement_overdose"))
    if CAFFEINE_POWDER.search(text):
        found.append((SAFETY, "supplement_overdose"))
    for match in PILL_COUNT.finditer(text):
        verb, amount = match.groups()
        if _count(amount) >= MANY_PILLS:
            past = verb in PAST_INGESTION
            found.append((EMERGENCY if past else SAFETY, "supplement_overdose"))
    # A young child who swallowed tablets: poison control or emergency now, even if well.
    if CHILD.search(text) and CHILD_INGESTION.search(text) and INGESTION_AMOUNT.search(text):
        found.append((EMERGENCY, "supplement_overdose"))
    if found and SYMPTOMS.search(text) and any(c == "supplement_overdose" for _, c in found):
        past = any(m.group(1) in PAST_INGESTION for m in PILL_COUNT.finditer(text))
        if past:
            found.append((EMERGENCY, "supplement_overdose"))
    return found


def _conditions(text: str) -> list[tuple[str, str]]:
    pairs = (
        (KIDNEY, KIDNEY_RISK),
        (HEART_FAILURE, HEART_FAILURE_RISK),
        (LIVER, LIVER_RISK),
        (PANCREATITIS, PANCREATITIS_RISK),
        (LIVER, ALCOHOL),
        (PANCREATITIS, ALCOHOL),
    )
    against = bool(AGAINST_ADVICE.search(text))
    asks_to_avoid = bool(ASKS_WHAT_TO_AVOID.search(text))
    for condition, risk in pairs:
        if not condition.search(text):
            continue
        if against or (risk.search(text) and not asks_to_avoid):
            return [(SAFETY, "medical_condition_diet")]
    return []


def find(text: str) -> list[tuple[str, str]]:
    """Every (level, category) of the combined concepts in normalised ``text``."""
    return _pregnancy(text) + _interactions(text) + _supplements(text) + _conditions(text)

"""General risk detectors: *who* is at risk and *what kind of thing* is said, not phrases.

The lexicon (``safety_lexicon``) lists wordings; every new author finds wordings it lacks.
This module finds risk the way a screening interview listens, by combining a small number
of word *classes* inside one clause, each class written from the instruments themselves and
not from any example set:

- crisis (C-SSRS ideation items, PHQ-9 item 9): a first-person subject, a wish / intent /
  thought verb and an outcome of not existing (dying, being dead, not waking up, being gone,
  disappearing, ending it, being a burden others are better off without); self-harm verbs
  acting on "myself"; preparatory behaviour (a note, saving pills, giving things away);
- eating-disorder behaviours (SCOFF, EDE-Q behaviour items): vomiting said as done to
  oneself, laxatives / diuretics / diet pills taken by the speaker, exercise done *to undo*
  eating, not eating for a day or more, fasting "to punish" or "to compensate";
- risky populations and substances: pregnancy or breastfeeding with a weight-loss intent,
  a minor (age under 18 or a school year) with dieting, performance drugs by their street
  names, stopping or changing a medicine (any drug class word or a typical drug suffix);
- medical emergencies: acute red-flag symptoms said as happening now.

Each detector needs two or three classes at once, so one generic word never fires ("dying
for a pizza" has no wish verb before an outcome about the speaker's existence; "take
metformin with food" has no change verb). The gate consults it after the lexicon and before
the learned classifier: it only *adds* verdicts (recall), and its false alarms are measured
on every set's ordinary look-alikes by ``scripts/assistant_cross_author.py``.
"""

from __future__ import annotations

import re

from domain.assistant.safety_lexicon import CRISIS, EMERGENCY, SAFETY


def _any(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# A clause: risk is said inside one, and a later clause is often the ordinary question.
_CLAUSE = re.compile(
    r"(?:(?<!\d)\.|\.(?!\d)|[;!?])+|\b(?:but|anyway|also|btw|so anyway|and also)\b"
)

SELF = r"\b(?:i|im|ive|id|ill|me|my|myself)\b"

# --- crisis: C-SSRS wish to be dead / thoughts / intent; PHQ-9 item 9 -------------------
_WISH = _any(
    r"want(?:ed)?(?: to)?",
    r"wanna",
    r"wish(?:ed)?",
    r"hop(?:e|ed|ing)",
    r"pray(?:ed|ing)?",
    r"(?:d|would|id|i would) (?:rather|prefer|like to)",
    r"rather",
    r"prefer(?:red)?",
    r"(?:keep|kept|been|am|im) (?:thinking|dreaming|fantasi[sz]ing) (?:about|of)",
    r"think(?:ing)? (?:about|of)",
    r"thoughts? (?:about|of)",
    r"plan(?:ning)?(?: to| on)?",
    r"going to",
    r"gonna",
    r"ready to",
    r"tempted to",
    r"could(?: just)?",
    r"should(?: just)?",
    r"might(?: as well)?",
)
# Outcomes of not existing, said of the speaker.
_NOT_EXIST = _any(
    r"(?:be )?dead",
    r"di(?:e|ed|ing)\b(?! (?:for|of laughter|laughing|to (?:try|eat|have|know|see|get)))",
    r"death",
    r"(?:not|never|dont|do not|wont|will not|didnt) (?:wake|woke"
    r"|waking)(?: up)?(?! (?:up )?(?:hungry|early|on time|before|at|till|until))",
    r"(?:not|never|no longer) (?:be )?(?:here|alive|around|exist\w*)",
    r"stop(?:ped)? (?:existing|living|breathing)",
    r"ceas\w+ to exist",
    r"disappear\w*(?! from (?:my|the) (?:plate|fridge|diet))",
    r"vanish\w*",
    r"(?:be|was|were) gone\b",
    r"end (?:it|it all|everything|my life|things)\b",
    r"end(?:ing)? my (?:life|own life)",
    r"tak\w+ my (?:own )?life",
    r"(?:fall )?asleep (?:forever|for good|and not wake)",
    r"(?:give|giving|gave) up on (?:life|living|everything)",
)
_CRISIS_PATTERNS = (
    # wish / intent / thought + an outcome of not existing, inside one clause
    re.compile(rf"{SELF}(?: \w+){{0,4}} {_WISH}(?: \w+){{0,4}} {_NOT_EXIST}"),
    # no reason to go on (PHQ-9 item 9 context; C-SSRS "reasons for living")
    re.compile(
        r"\b(?:no|cant (?:find|see|think of) (?:a|any)|dont (?:have|see) (?:a|any)|lost (?:my|the"
        r"|any))"
        r" (?:reason|point|will) (?:to|in|for) (?:live|living|keep going|go on|going on|be here"
        r"|being here|carry on|stay|staying|wake up|exist|existing)\b"
    ),
    # others coping with the speaker's absence (the wish to be dead said about other people)
    re.compile(
        r"\b(?:would|will|wouldnt|d) (?:\w+ )?(?:cope|manage|be fine|be ok|be okay|get over it"
        r"|move on|notice|care|miss me)(?: \w+){0,3} (?:if|when|once) i (?:\w+ )?(?:wasnt|werent"
        r"|was not"
        r"|was gone|were gone|died|disappeared|vanished|stopped existing|left for good)\b"
    ),
    # the burden belief (PHQ-9 "better off dead"; the interpersonal theory's burdensomeness)
    re.compile(
        r"\b(?:every ?(?:one|body)|people|they|my (?:family|kids|parents|partner|friends))"
        r"(?: \w+){0,3} (?:be|is|are|would be|d be) (?:better|happier|fine|easier)(?: off)?"
        r" without me\b"
    ),
    re.compile(rf"{SELF}(?: \w+){{0,2}} (?:am|im|feel like|feel) (?:such |just |only )?a burden\b"),
    # self-harm verbs acting on oneself
    re.compile(
        r"\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning|punish\w*|hit|hitting|scratch"
        r"\w*|bang\w*|starv\w*) myself\b(?! (?:on|with) (?:a|the|my) (?:knife|oven|pan|grater|stove"
        r"|kettle|tray))(?!.*\b(?:by accident|accidentally|cooking|chopping)\b)"
    ),
    # suicide words of any inflection with the speaker in the clause
    re.compile(rf"{SELF}(?: \w+){{0,6}} (?:suicid\w*|kill(?:ing)? myself|overdos\w*)\b"),
    # method words with the speaker (C-SSRS ideation with method)
    re.compile(
        r"\b(?:hang|hanging|drown|drowning|shoot|shooting|poison\w*) myself\b"
        r"|\b(?:jump|jumping|step|stepping|walk|walking) (?:off|in front of) (?:a|the) "
        r"(?:bridge|roof|building|train|bus|cliff|car|truck|balcony)\b"
    ),
    # preparatory behaviour (C-SSRS): a goodbye note, saved-up pills, giving things away
    re.compile(
        r"\b(?:wrote|written|writing|write) (?:a |my )?(?:goodbye|suicide|final) (?:note|letter)"
        r"|\b(?:saving|saved|stockpil\w+|hoard\w*|collect\w*|put\w* aside|set\w* aside"
        r"|keep\w* back)"
        r" (?:up )?(?:my |all my )?(?:pills|tablets"
        r"|meds|medication)\b"
        r"|\bgiv\w+ (?:away )?(?:all )?my (?:stuff|things|belongings)(?: away)?\b"
    ),
    # hopelessness about the speaker's own future (PHQ-9 item 9's context)
    re.compile(
        r"\b(?:cant|cannot|can not|dont want to|no reason to) (?:go on|carry on|keep going|do this"
        r" anymore|do this any more|keep living)\b"
    ),
)
# "starve myself" is an eating-disorder behaviour (answered at its level), not self-harm here.
_STARVE = re.compile(r"\bstarv\w* myself\b")

# --- eating-disorder behaviours: SCOFF and EDE-Q behaviour items ------------------------
_FOOD = _any(
    r"ate",
    r"eat\w*",
    r"food",
    r"meals?",
    r"dinner",
    r"lunch",
    r"breakfast",
    r"snacks?",
    r"binge\w*",
    r"overate",
    r"calor\w*",
    r"cals?",
    r"kcals?",
    r"carbs?",
    r"sugar",
    r"dessert",
    r"pizza",
    r"cake",
    r"chocolate",
    r"(?:a |the )?weight",
    r"kilos?|kgs?|lbs?|pounds",
)
_EATEN = _any(
    r"ate",
    r"eat\w*",
    r"food",
    r"meals?",
    r"dinner",
    r"lunch",
    r"breakfast",
    r"snacks?",
    r"binge\w*",
    r"overate",
    r"dessert",
    r"pizza",
    r"cake",
    r"chocolate",
    r"slices?",
    r"takeaway",
)
_VOMIT = _any(
    r"(?:make|made|making|makes) (?:myself|me) (?:sick|throw up|vomit|puke|gag|bring it up)",
    r"(?:throw|threw|throwing|thrown) (?:it |everything |them |food )?up",
    r"vomit\w*",
    r"puk\w+",
    r"purg\w+",
    r"fingers? down (?:my )?throat",
    r"(?:bring|brought|bringing) (?:it|food|everything) (?:back )?up",
    r"chew\w* (?:and|n) spit\w*",
    r"spit\w* (?:it |food )?out",
)
# Vomiting the speaker brings about, as opposed to being sick with a bug or after a hard set.
_SELF_VOMIT = _any(
    r"(?:make|made|making|makes) (?:myself|me) (?:sick|throw up|vomit|puke|gag|bring it up)",
    r"purg\w+",
    r"fingers? down (?:my )?throat",
    r"chew\w* (?:and|n) spit\w*",
)
_LAXATIVE = _any(
    r"laxatives?",
    r"lax(?:es)?\b",
    r"senna\w*",
    r"dulcolax",
    r"bisacodyl",
    r"ex ?lax",
    r"diuretics?",
    r"water (?:pills?|tablets?)",
    r"diet (?:pills?|tablets?)",
    r"fat burners?",
    r"ipecac",
    r"enemas?",
    r"(?:detox|skinny|slimming) teas?",
    r"appetite suppressants?",
)
_TAKE = _any(r"tak\w+", r"took", r"us(?:e|ed|ing)", r"pop\w*", r"chug\w*", r"drink\w*", r"had")
_UNDO = _any(
    r"burn(?:ing)? (?:it|them|that|off|everything)",
    r"work(?:ing|ed)? (?:it|them|that|this|everything) off",
    r"work(?:ing|ed)? off (?:the|that|those|what|all|every|my (?:dinner|lunch|breakfast|meal))",
    r"(?:run|running|ran|walk|walking|sweat|sweating|jog|jogging|cycle|cycling|swim|swimming)"
    r" (?:it |them |that |everything |anything |the rest )?(?:\w+ )?off",
    r"make up for",
    r"cancel\w* (?:it |them |that )?out",
    r"undo",
    r"earn",
    r"compensat\w*",
    r"so (?:it|that|they) (?:doesnt|dont|wont) count",
    r"pay for",
    r"punish\w*",
    r"(?:have|had|need|must|got) to (?:run|exercise|work ?out|train|burn|do cardio)",
)
_DAYS = (
    r"(?:\d+|two|three|four|five|six|seven|a few|several|a couple of|multiple)"
    r" (?:days?|whole days|weeks?)"
)
_RID = _any(
    r"(?:get|got|getting) rid of (?:it|all of it|everything|the food|what i (?:ate|eat)|dinner"
    r"|lunch|the meal)",
    r"(?:come|comes|came|coming) (?:back )?up",
)
_ED_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # food got rid of after eating; vomiting weighed in calories or in the log (SCOFF item 1)
    (
        "purging",
        re.compile(
            rf"{_RID}(?: \w+){{0,8}} (?:after|usually|always|again|on purpose|bathroom|toilet)"
            rf"|(?:after|bathroom|toilet)(?: \w+){{0,8}} {_RID}"
            rf"|{_RID}(?: \w+){{0,3}} (?:easy|easily|easier)"
            rf"|(?:{_VOMIT}|{_RID})(?: \w+){{0,8}} (?:calories|cals|kcal|count|log|logged"
            rf"|absorb\w*)"
        ),
    ),
    # SCOFF "believe yourself fat when others say you are too thin"; EDE-Q concealment
    (
        "extreme_restriction",
        re.compile(
            r"\b(?:feel|feeling|look|am|im) (?:so |really |still |too )?(?:fat|huge|big|enormous"
            r"|gross|disgusting)"
            r"(?: \w+){0,4} (?:even though|although|but|when|while)(?: \w+){0,4} (?:say|says|tell"
            r"|think)"
            r"(?: \w+){0,3} (?:thin|skinny|sick|underweight|bony|too small|ill)\b"
            r"|\bhid(?:e|ing) (?:not eating|that i (?:dont|didnt|am not) eat\w*|how little i eat"
            r"|skipping meals"
            r"|my (?:eating|weight loss))"
        ),
    ),
    # vomiting / purging done to oneself, with food or on purpose
    (
        "purging",
        re.compile(
            rf"{SELF}(?: \w+){{0,5}} {_SELF_VOMIT}(?: \w+){{0,6}} "
            rf"(?:{_FOOD}|on purpose|deliberately|after|again|every)"
            rf"|(?<!nearly )(?<!almost )(?<!nearly threw )(?<!almost threw ){_VOMIT}(?: \w+){{0,3}}"
            rf" (?:on purpose|deliberately|after (?:i )?(?:eat|ate|meals?|dinner"
            r"|lunch|breakfast|every|binge))"
        ),
    ),
    # laxatives, diuretics, diet pills taken by the speaker
    (
        "laxatives_diuretics",
        re.compile(rf"{SELF}(?: \w+){{0,4}} {_TAKE}(?: \w+){{0,3}} {_LAXATIVE}"),
    ),
    (
        "laxatives_diuretics",
        re.compile(
            rf"{_LAXATIVE}(?: \w+){{0,5}} (?:after|to|so|every|when)(?: \w+){{0,4}} {_FOOD}"
        ),
    ),
    # exercise to undo eating (DSM-5 compensatory behaviour)
    # (an eating event, not "calories" or "weight": "burn 500 calories to lose a pound" is
    # arithmetic, "i have to run after every dinner" is compensation)
    (
        "compensatory_exercise",
        re.compile(rf"{_UNDO}(?: \w+){{0,8}} {_EATEN}|{_EATEN}(?: \w+){{0,8}} {_UNDO}"),
    ),
    # not eating for a day or more, said of oneself (EDE-Q: fasting for 8+ waking hours)
    (
        "extreme_restriction",
        re.compile(
            rf"{SELF}(?: \w+){{0,3}} (?:havent|have not|hasnt|didnt|did not|not|barely|hardly)"
            rf"(?: \w+){{0,2}} (?:eat\w*|ate|had (?:any )?(?:food|anything|a meal))"
            rf"(?: \w+){{0,3}} (?:in|for|since)(?: the (?:last|past))? {_DAYS}"
            rf"|{SELF}(?: \w+){{0,3}} (?:fast\w*|starv\w*)(?: \w+){{0,3}} (?:for )?{_DAYS}"
            r"|\bstarv\w* myself\b"
            rf"|{SELF}(?: \w+){{0,3}} (?:skip\w*|skipped) (?:all|every|most) (?:my )?meals\b"
        ),
    ),
)

# --- populations and substances ---------------------------------------------------------
_LOSS = _any(
    r"(?:lose|losing|lost)(?: \w+){0,3} (?:weight|\d+|fat|kilos?|kgs?|lbs?|pounds|stone"
    r"|the (?:baby )?weight|belly|inches)",
    r"drop(?:ping)? (?:\w+ )?(?:weight|kilos?|kgs?|lbs?|pounds|sizes?|a size)",
    r"shed\w*",
    r"slim\w* down",
    r"(?:go|going|get|be|start\w*) (?:on )?a diet",
    r"dieting",
    r"cut(?:ting)? (?:calories|cals|carbs|down)",
    r"calorie deficit",
    r"deficit",
    r"get (?:my )?(?:body|figure|shape) back",
    r"(?:get|be|stay) (?:thin|thinner|skinny|smaller)",
    r"weight ?loss",
    r"burn fat",
    r"fat loss",
    # "fasting for the weight", "a very low carb diet": weight loss said without "lose"
    r"(?:for|shift|shifting|to lose|drop) the (?:baby |pregnancy )?weight",
    r"very low (?:carb|calorie|cal)\w*",
)
_PREGNANT = _any(
    r"pregnan\w*",
    r"expecting (?:a baby|a child|twins)",
    r"(?:first|second|third|1st|2nd|3rd) trimester",
    r"\d+ (?:weeks?|wks?|months?) (?:along|pregnant|gone)",
    r"baby bump",
    r"with child",
)
_NURSING = _any(
    r"breast ?feed\w*",
    r"breast ?fed",
    r"nursing",
    r"pumping",
    r"lactating",
    r"exclusively bf",
    r"postpartum",
    r"post partum",
    r"just had (?:a|my|the) baby",
)
_MINOR = _any(
    # the speaker's own age: "im 14", "i am 15", "14 yo", "im a 13 year old"
    r"(?:im|i am|i m|age|aged|turning|just turned)(?: only| a| nearly| almost)? (?:1[0-7]|[89])\b"
    r"(?! (?:kg|kgs|kilos?|lbs?|pounds|stone|weeks|months|minutes|mins|hours|days|cm|percent|%))",
    r"(?:im|i am|as) (?:a |an )?(?:1[0-7]|[89]) ?(?:yo|y o|yrs? old|years? old|year old)\b",
    # the speaker's school year (US grades, UK years, high-school class names)
    r"(?:im|i am|i m|im in|i am in)(?: \w+){0,2} (?:[5-9] ?th|1[0-2] ?th|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth) grade",
    r"(?:im|i am|i m)(?: in)? (?:year|yr) (?:[5-9]|1[0-3])\b",
    r"(?:im|i am|i m)(?: a)? (?:freshman|sophomore|junior|senior) in high school",
    r"(?:im|i am|i m)(?: in| at)? (?:middle|high|secondary|junior high) school",
    r"my (?:parents|mum|mom|dad) (?:wont|dont|will not) let me (?:diet|skip|lose)",
)
_DIETING = _any(
    _LOSS,
    r"skip\w* (?:meals|lunch|breakfast|dinner)",
    r"(?:eat|eating) (?:less|nothing|very little)",
    r"(?:under|only) \d+ (?:calories|cals|kcal)",
)
_DRUGS = _any(
    r"clen\w*",
    r"dnp",
    r"dinitrophenol",
    r"sarms?",
    r"ostarine",
    r"ligandrol",
    r"rad ?140",
    r"mk ?677",
    r"cardarine",
    r"tren\b",
    r"trenbolone",
    r"anavar",
    r"oxandrolone",
    r"d ?bol",
    r"dianabol",
    r"winstrol",
    r"winny",
    r"test (?:e|c|cyp|enanthate|cypionate|prop)\b",
    r"(?:anabolic )?steroids?",
    r"roids",
    r"hgh",
    r"growth hormone",
    r"ephedr\w*",
    r"eca stack",
    r"albuterol",
    r"t3 (?:for|to)",
    r"cytomel",
    r"phentermine",
    r"peptides? (?:for|to)",
    r"(?:on|run\w*|start\w*) (?:a |my (?:first )?)?cycle",
    r"pct\b",
)
_MED_WORDS = _any(
    r"meds",
    r"medication\w*",
    r"medicine",
    r"prescriptions?",
    r"pills",
    r"tablets",
    r"insulin",
    r"metformin",
    r"statins?",
    r"antidepressants?",
    r"ssris?",
    r"lithium",
    r"warfarin",
    r"blood thinners?",
    r"levothyroxine",
    r"thyroid (?:meds|pills|tablets|medication)",
    r"blood pressure (?:meds|pills|tablets|medication)",
    r"beta blockers?",
    r"birth control",
    r"the pill",
    r"ozempic|wegovy|mounjaro|zepbound|saxenda|semaglutide|tirzepatide",
    r"epilepsy (?:meds|medication)",
    r"antipsychotics?",
    r"(?:sertraline|fluoxetine|citalopram|escitalopram|venlafaxine|quetiapine|olanzapine)",
    # drug-name suffixes of the large classes (ACE inhibitors, ARBs, beta blockers, statins,
    # biguanides, GLP-1 agonists, SSRIs): an unseen brand-less name still reads as a medicine
    r"\w+(?:pril|sartan|olol|vastatin|formin|glutide|gliptin|xetine|pram|azepam|oxetine)",
)
_MED_CHANGE = _any(
    r"paus\w*",
    r"drop\w*",
    r"(?:give|giving|gave|take|taking|took) (?:myself )?(?:less|fewer|half|no|extra|more)",
    r"stop\w*",
    r"quit\w*",
    r"com(?:e|ing) off",
    r"came off",
    r"get(?:ting)? off",
    r"ditch\w*",
    r"skip\w*",
    r"halv\w*",
    r"cut(?:ting)? (?:out|back|down|my|the)",
    r"double\w*",
    r"(?:lower|reduce|increase|up|raise|change|adjust|swap)\w* (?:my |the )?(?:dose|dosage)",
    r"(?:lower|reduc|decreas|increas|rais|adjust|chang)\w*",
    r"wean\w* (?:myself )?off",
    r"instead of",
    r"replac\w*",
    r"no longer take",
    r"not tak\w*",
    r"dont (?:need|take)",
)
_MED_FOOD_TIMING = re.compile(
    r"\b(?:with|without|before|after|on) (?:or without )?(?:food|meals?|an empty stomach|breakfast"
    r"|dinner|lunch|milk|grapefruit)\b|\bside effects?\b|\bwhat (?:can|should) i eat\b"
    # a change verb whose object is the side effect: "stop my tablets causing constipation"
    r"|\b(?:making|causing|giving|upsetting|from)\b"
)

# Glucose-lowering drugs with a fast: a known hypoglycaemia risk that needs the prescriber.
_GLUCOSE_DRUG = _any(
    r"insulin",
    r"metformin",
    r"glicl\w+",
    r"glipi\w+",
    r"glibencl\w+",
    r"sulfonylurea\w*",
    r"\w+gliflozin",
    r"ozempic|mounjaro|semaglutide|tirzepatide",
)
_FASTING = _any(
    r"fast(?:ing)?\b",
    r"omad",
    r"(?:water|juice|green juice) (?:fast|cleanse)",
    r"cleanse",
    r"skip\w* (?:all )?meals",
    r"not eat\w*",
    r"keto",
)
# Insulin withheld to lose weight (insulin omission, a recognised eating-disorder behaviour).
_INSULIN_OMISSION = re.compile(
    r"\binsulin\b(?: \w+){0,10} (?:lose|losing|weight|thin|burn)|\b(?:less|skip\w*|no|lower"
    r"|cut\w*) (?:\w+ )?insulin\b"
)

# --- medical emergencies: red-flag symptoms (NHS, AHA, ACAAI, ADA) said as happening ----
_NOW = (
    r"(?:right now|now|rn|currently|at the moment|just|keep|keeps|started|starting|getting|is"
    r"|are|im|feel\w*|having|been)"
)
_EMERGENCY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "chest_pain",
        re.compile(
            r"\b(?:chest|heart) (?:pain|hurts?|hurting|tight\w*|pressure|squeez\w*|crushing)"
            r"|\bpain (?:in|across) my chest\b|\bmy chest (?:hurts|is tight|feels tight"
            r"|is pounding)"
        ),
    ),
    (
        "fainting",
        re.compile(
            r"\b(?:passed|passing|pass) out\b(?! (?:on|in) (?:the|my) (?:couch|sofa|bed))"
            r"|\bfaint(?:ed|ing)\b|\bblack(?:ed|ing)? out\b"
            r"|\bcollaps\w+\b|\blost consciousness\b|\bkeep nearly fainting\b"
        ),
    ),
    (
        "allergic_reaction",
        re.compile(
            r"\b(?:throat|tongue|lips?|face|mouth) (?:is |are |feels? |feel |keeps? )?(?:swell\w*"
            r"|swollen|closing|tight\w*|itch\w* and swell\w*)|\bcant (?:breathe|swallow)\b"
            r"|\bhard to (?:breathe|swallow)\b|\bhives (?:all over|everywhere|spreading)\b"
        ),
    ),
    (
        "fainting",  # heart rhythm or confusion: answered with the general emergency text
        re.compile(
            rf"{SELF}(?: \w+){{0,3}} (?:heart|pulse) (?:is |keeps |has been |was )?(?:racing"
            rf"|pounding"
            r"|skipping|fluttering|irregular|beating (?:really |so )?(?:fast|weird|irregular\w*))"
            r"|\bblood in (?:my )?(?:vomit|sick|poo|stool)\b|\bvomit\w* blood\b"
            r"|\bthrowing up blood\b"
            r"|\bseizure\b|\bslurred speech\b|\bface (?:is )?droop\w*"
        ),
    ),
)
# A blood-glucose reading in the hypo range (under 4 mmol/L, under 70 mg/dL) or far above
# range (over 20 mmol/L, over 400 mg/dL): ADA / NHS thresholds for acting now.
_GLUCOSE_READING = re.compile(
    r"\b(?:blood sugar|sugar|sugars|glucose|bg|bgl|bs|reading|meter)(?: \w+){0,3}? (?:is|was|of|at"
    r"|reads?"
    r"|says?|showing|shows|dropped to|down to|went to|hit)? ?(\d+(?:\.\d+)?)\b"
)


def _glucose_emergency(clause: str) -> bool:
    for match in _GLUCOSE_READING.finditer(clause):
        value = float(match.group(1))
        if ("." in match.group(1) and value < 3.5) or 20 <= value < 55 or value > 400:
            return True
        if "." in match.group(1) and 20 < value < 40:
            return True
    return False


# A symptom asked about in general, or in the past, is a question, not an emergency now.
_NOT_NOW = re.compile(
    r"\b(?:symptoms? of|signs? of|what causes|why do people|is it normal|how do you know|"
    r"years? ago|last (?:year|month)|as a (?:kid|child)|in the past|used to|what happens if"
    r"|could (?:\w+ )?cause|can (?:\w+ )?cause)\b"
)
# Everyday uses of the concept words: a crisis verdict needs none of these in its clause.
_IDIOM = re.compile(
    r"\b(?:dying (?:for|to)|die for|could die for|to die for|dead (?:tired|on|set|easy|good)"
    r"|killer (?:workout|abs|leg)|killing (?:it|me)|killed it|bored to death|scared to death"
    r"|sick to death|the death of me|(?:so|too) \w+ (?:that )?i could (?:die|just die)|"
    r"dead inside lol|my (?:phone|battery|plant|plants|car|laptop) (?:died|is dead)"
    r"|(?:weight|fat|belly|bloat\w*|cravings?|pounds|kilos|acne) (?:to )?(?:disappear|vanish|gone)"
    r"|(?:make|made|making) (?:it|the weight|the fat|my belly) (?:disappear|vanish|go away))"
)


# --- wider classes: what a new author said that the classes above did not reach --------
# Number words for ages said in words ("my granddaughter is eleven").
_AGE_WORD = _any(
    r"five",
    r"six",
    r"seven",
    r"eight",
    r"nine",
    r"ten",
    r"eleven",
    r"twelve",
    r"thirteen",
    r"fourteen",
    r"fifteen",
    r"sixteen",
    r"seventeen",
)
# A child named by relation, with an age under 18 (digits or words) or a school stage.
_CHILD = _any(
    r"daughter",
    r"son",
    r"granddaughter",
    r"grandson",
    r"grandchild",
    r"niece",
    r"nephew",
    r"stepdaughter",
    r"stepson",
    r"child",
    r"kid",
    r"girl",
    r"boy",
)
_NOT_AN_AGE = (
    r"(?! (?:kg|kgs|kilos?|lbs?|pounds|stone|weeks?|months?|days?|minutes|mins|hours|cm|inches"
    r"|percent|calories|cals|kcal|grams?|g)\b)"
)
_THIRD_MINOR = re.compile(
    rf"\b(?:my|our|her|his) (?:\w+ )?{_CHILD}s? (?:is|who is|whos|aged|age|of|turned"
    rf"|has just turned)"
    rf" (?:only |just |nearly |almost )?(?:(?:[5-9]|1[0-7])\b|{_AGE_WORD}\b){_NOT_AN_AGE}"
    rf"|\b(?:my|our|her|his) (?:(?:[5-9]|1[0-7])|{_AGE_WORD}) ?(?:years? old|year old|yo)\b"
)
# Restriction in a child's reason for it: food cut *because of* body size or calories.
_CHILD_RESTRICTS = re.compile(
    r"\bskip\w*(?: \w+){0,2} (?:meals|lunch|breakfast|dinner|tea)\b"
    r"|\b(?:not|stopped|refus\w*|wont|doesnt|does not) (?:eating|eat)\b"
    r"|\b(?:eat\w*|eating) (?:less|nothing|very little|hardly anything)\b"
    r"|\b(?:counting|reading|checking) (?:the )?calori\w*"
)
_BODY_REASON = re.compile(
    r"\b(?:she|he|they) (?:says|thinks|feels|believes|said|tells me)(?: that)? (?:she|he|they)"
    r" (?:is|are|looks?|s) (?:too )?(?:fat|big|chubby|overweight|huge|ugly)\b"
    r"|\b(?:to|wants to|trying to) (?:lose weight|be thinner|get thinner|be skinny|slim down)\b"
    r"|\bcalori\w*"
)

# Passive ideation in religious or euphemistic form (C-SSRS item 1, "wish to be dead":
# a wish that a higher power, or sleep, end one's life; indifference to reaching a date).
_TAKEN = re.compile(
    r"\b(?:pray\w*|hop\w*|wish\w*|ask\w*|beg\w*)(?: \w+){0,3} (?:the )?(?:lord|god|jesus|heaven"
    r"|the angels|allah) (?:\w+ )?(?:takes?|took|call\w*|brings?) me(?: \w+){0,2}"
    r" (?:home|away|in my sleep|soon|to (?:him|heaven|be with))"
    r"|\b(?:pray\w*|hop\w*|wish\w*)(?: \w+){0,4} (?:go|pass\w*|slip away|die|taken)"
    r" (?:peacefully )?in my sleep\b"
)
_NOT_REACH = re.compile(
    r"\b(?:wouldnt|would not|dont|do not|not|couldnt) (?:\w+ )?(?:care|mind|bothered|fussed)"
    r"(?: \w+){0,3} (?:if|whether) i (?:\w+ )?(?:didnt|did not|dont|do not|never|wouldnt|wont)"
    r"(?: (?:see|make it to|live to see|live (?:till|until)|reach|get to) (?:christmas|tomorrow"
    r"|another (?:birthday|year|christmas|day|morning|spring|summer)|next (?:year|week|month"
    r"|birthday|christmas|spring|summer)|the (?:new year|morning|spring|summer|weekend)"
    r"|my (?:next )?birthday|\d+)| wake up)\b"
)
# "don't see the point in going on": no reason or point in continuing (PHQ-9 item 9).
_NO_POINT = re.compile(
    r"\b(?:no|cant|cannot|dont|do not|never|lost|see no|without)(?: \w+){0,3}"
    r" (?:reason|point|purpose|will) (?:\w+ )?(?:to|in|for|of) (?:living|live|being alive"
    r"|going on|go on|carrying on|carry on|keep going|keeping going|waking up|wake up|existing)"
    r"\b(?! (?:a|an|the|with|about|to|at|this|that|my|keto|diet\w*|counting|logging|tracking"
    r"|for|on|like|early|at)\b)"
)
# Active ideation with method and plan (C-SSRS items 3-5): the means kept back or the lethal
# amount known, said of a medicine.
_MEANS = _any(
    r"pills",
    r"tablets",
    r"meds",
    r"medications?",
    r"medicines?",
    r"painkillers",
    r"paracetamol",
    r"sleeping (?:pills|tablets)",
    r"insulin",
    r"prescriptions?",
)
_LETHAL = re.compile(
    rf"\b(?:saving|saved|stockpil\w+|hoard\w*|stash\w*|squirrel\w* away|put\w* aside|set\w* aside"
    rf"|kept back|keeping back)(?: up)?(?: (?!for\b)\w+){{0,3}} {_MEANS}\b"
    rf"|\b{_MEANS}(?: \w+){{0,14}} (?:how many|how much|which)(?: of them)?(?: \w+){{0,2}}"
    r" (?:it )?(?:would|will|it d|to) (?:take|do it|be enough|kill|finish|end)\b(?! to\b)"
    rf"|\b(?:which|how many|how much)(?: of)?(?: my| the| his| her)? {_MEANS}(?: \w+){{0,4}}"
    r" (?:would|will|to) (?:do it|kill|be enough|be fatal|be lethal|finish me|end it)\b"
    rf"|\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|number) of (?:\w+ )?{_MEANS}\b"
    rf"|\b{_MEANS}(?: \w+){{0,6}} (?:be )?(?:lethal|fatal|deadly)\b"
)
# Self-harm seen by a carer or a parent (third person): injuries found, or harm done to
# oneself, by someone the speaker describes.
_ACCIDENT = re.compile(
    r"\b(?:accident\w*|by mistake|shaving|chopping|cooking|slicing|knife|grater|oven|kettle"
    r"|football|rugby|playing|tripped|fell|fall|garden\w*|cat|dog)\b"
)
_OTHER_HARM = re.compile(
    r"\b(?:found|find|noticed|notice|seen|saw|spotted|see) (?:\w+ )?(?:cuts|cut marks|scars"
    r"|burns)(?: \w+){0,2} on (?:her|his|their|its) (?:\w+ )?(?:thighs?"
    r"|arms?|wrists?|legs?|stomach|tummy|belly|hips?|forearms?)"
    r"|\b(?:bang\w*|hit\w*|knock\w*|smash\w*|bash\w*) (?:his|her|their) head (?:against|on|into)"
    r"|\b(?:cut\w*|harm\w*|burn\w*|scratch\w*|punch\w*|hit\w*) (?:himself|herself"
    r"|themselves|themself)\b"
)
# Chest pain in someone the speaker describes (ACS: pressure, clutching, grey and sweaty).
_OTHER_CHEST = re.compile(
    r"\b(?:clutch\w*|grip\w*|grabb\w*|holding) (?:at )?(?:his|her|their|my) chest\b(?! of)"
    r"|\bpain (?:in|across) (?:his|her|their) chest\b"
    r"|\b(?:his|her|their) chest (?:hurts|is hurting|is tight|feels tight)\b"
)
# Underweight (BMI under 18.5, WHO) yet still wanting to lose, or seeing oneself as fat
# (SCOFF "believe yourself fat when others say you are too thin").
_BMI = re.compile(r"\bbmi (?:is |of |at |was |around |about )?(?:only |just )?(\d{1,2}(?:\.\d)?)\b")
_STILL_LOSE = re.compile(
    r"\b(?:lose|losing|drop|dropping) (?:\w+ )?(?:more|further)\b"
    r"|\b(?:get|be|look|getting) (?:\w+ )?(?:thinner|smaller|skinnier)\b"
    r"|\b(?:look|looks|feel|feels) (?:so |too |really )?(?:fat|huge|big|gross)\b"
    r"|\b(?:still|yet) (?:want|need|wish|trying|try)\w*(?: to)? (?:lose|drop|be thinner)\b"
)
_UNDERWEIGHT_LOSS = re.compile(
    r"\b(?:underweight|too thin|too skinny)\b(?: \w+){0,8} (?:but|still|yet)(?: \w+){0,4}"
    r" (?:want|need|wish|trying|try)\w*(?: to)? (?:lose|drop|be thinner|get thinner)\b"
)
# Pro-ana content (thinspiration) and bones wanted on show: eating-disorder content requests.
_PRO_ANA = re.compile(
    r"\b(?:thinspo\w*|thinspiration|bonespo|meanspo|skinnyspo|pro ?ana|pro ?mia|ana (?:tips|coach"
    r"|buddy))\b"
    r"|\b(?:my|her) (?:collar ?bones?|hip ?bones?|ribs|rib cage|spine|thigh gap|sternum)"
    r"(?: \w+){0,4}"
    r" (?:to )?(?:show|showing|stick out|sticking out|poke out|visible|see)\b"
    r"|\b(?:see|show|showing|visible)(?: \w+){0,3} (?:my|her) (?:collar ?bones?|hip ?bones?|ribs"
    r"|rib cage|spine|thigh gap)\b"
)
# A drive for thinness as the goal (EDI "drive for thinness"): to be the smallest or
# thinnest, a size zero, skin and bone.
_THINNESS_DRIVE = re.compile(
    r"\b(?:until|till|so that|so|to) (?:im|i (?:am|m|get|can be|look|fit(?: into)?|become|be))"
    r"(?: \w+){0,2} (?:the )?(?:smallest|tiniest|thinnest|skinniest)\b"
    r"|\bsize (?:zero|00|double zero)\b|\bskin and bones?\b"
)
# Eating on one day a week or less, and pride in hunger pain (EDE-Q restraint items).
_DAY = r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)"
_RARE_EATING = re.compile(
    rf"\b(?:only|just) (?:eat|eating|ate|have food|have a meal) (?:on )?(?:{_DAY}|one day a week"
    r"|once a week|one day in (?:seven|7)|every (?:few|other|third) days?|(?:one|two) days? a week"
    r"|once every \w+ days)\b"
    r"|\bfast\w* (?:the |for the )?(?:rest of the|whole|entire) week\b"
    r"|\b(?:eat|eating) (?:only )?(?:once|one day) (?:a|per|every) (?:week|fortnight)\b"
)
_HUNGER_PRIDE = re.compile(
    r"\b(?:proud|in control|powerful|accomplished|successful|good about myself)"
    r" (?:when|that|because|of)(?: \w+){0,5} (?:hunger pains?|starving|stomach (?:hurts|aches"
    r"|growls|is empty)|empty stomach|feel empty)\b"
    r"|\b(?:hunger pains?|starving|stomach (?:hurts|aches|growls))(?: \w+){0,6} (?:makes? me )?"
    r"(?:feel )?(?:proud|in control|powerful|accomplished)\b"
    r"|\b(?:love|like|enjoy|crave) (?:the )?(?:feeling of )?(?:hunger pains?|being empty"
    r"|feeling empty|an empty stomach|my stomach hurting)\b"
)
# Unlabelled slimming pills said to heat the body: the description of DNP.
_DNP_LIKE = re.compile(
    r"\b(?:pills?|tablets?|capsules?|powder)(?: \w+){0,12} (?:raise|raises|raising|increase\w*"
    r"|boost\w*|turn\w* up|heat\w* up) (?:your |my |the )?(?:body heat|body temperature"
    r"|core temperature)\b"
    r"|\b(?:slimming|diet|weight loss|fat burning|fat loss) (?:pills?|tablets?|capsules?|powder)"
    r"(?: \w+){0,6} (?:bought|ordered|got|from)(?: \w+){0,2} (?:online|internet|website|instagram"
    r"|tiktok|a gym|abroad|unlabel\w*)\b"
    r"|\bunlabel\w* (?:slimming|diet|weight loss) (?:pills?|tablets?|capsules?|powder)\b"
)
_SLIM_PILLS = re.compile(r"\bslimming (?:pills?|tablets?|capsules?)\b")
# Acute now: hypoglycaemia after too much of a glucose-lowering drug (ADA, NHS: cold,
# clammy, shaky, confused); DKA after insulin stopped (vomiting, abdominal pain, fast deep
# breathing); dehydration and its confusion on a dry or long fast.
_EXTRA_DOSE = re.compile(
    rf"\b{_GLUCOSE_DRUG}(?: \w+){{0,3}} (?:twice|two times|double\w*|again|too much|extra)\b"
    rf"|\b(?:double\w*|too much|extra|two doses of|second dose of) (?:my )?{_GLUCOSE_DRUG}\b"
)
_HYPO_SIGNS = re.compile(
    r"\b(?:clammy|sweat\w*|shak\w*|trembl\w*|confus\w*|dizzy|faint\w*|drowsy|blurr\w*|strange"
    r"|weird|cant think|cannot think|not making sense|slurr\w*|cold and)\b"
)
_INSULIN_STOPPED = re.compile(
    r"\b(?:stop\w*|skip\w*|miss\w*|quit|not tak\w*|no|without|ran out of|run out of|gave up)"
    r"(?: \w+){0,2} insulin\b"
)
_DKA_SIGNS = re.compile(
    r"\b(?:vomit\w*|being sick|throwing up|threw up|(?:tummy|stomach|belly) (?:hurts|pain|ache)"
    r"|abdominal pain|breath\w* (?:very |really |so )?(?:fast|quickly|heavily|deep\w*|hard)"
    r"|fruity|pear drops|drowsy|confus\w*)\b"
)
_FAST_NOW = re.compile(
    r"\b(?:dry fast\w*|water fast\w*|day (?:\d+|two|three|four|five|six|seven) (?:of|now|into)"
    r"|no food and no water|(?:havent|have not|not) eaten (?:in|for|since))\b"
)
_FAST_SIGNS = re.compile(
    r"\b(?:pulse|heart|heartbeat|heart rate) (?:is |keeps |feels )?(?:very |really |so )?"
    r"(?:fast|racing|pounding|irregular)\b"
    r"|\b(?:cant|cannot|can not) (?:think|see|stand) (?:straight|clearly|up|properly)\b"
    r"|\b(?:feel|feeling|am|im|getting) (?:very |really |so )?confused\b(?! about)"
)


def _wider(text: str) -> list[tuple[str, str]]:
    """The wider classes (see above) found in normalised ``text``."""
    found: list[tuple[str, str]] = []
    if _LETHAL.search(text):
        found.append((CRISIS, "suicidal_ideation_active"))
    if _TAKEN.search(text) or _NOT_REACH.search(text) or _NO_POINT.search(text):
        found.append((CRISIS, "suicidal_ideation_passive"))
    if _OTHER_HARM.search(text) and not _ACCIDENT.search(text):
        found.append((CRISIS, "self_harm"))
    if _OTHER_CHEST.search(text) and not _NOT_NOW.search(text):
        found.append((EMERGENCY, "chest_pain"))
    bmi = _BMI.search(text)
    if (bmi and 10 <= float(bmi.group(1)) < 18.5 and _STILL_LOSE.search(text)) or (
        _UNDERWEIGHT_LOSS.search(text)
    ):
        found.append((SAFETY, "extreme_restriction"))
    if (
        _PRO_ANA.search(text)
        or _RARE_EATING.search(text)
        or _HUNGER_PRIDE.search(text)
        or _THINNESS_DRIVE.search(text)
    ):
        found.append((SAFETY, "extreme_restriction"))
    if _DNP_LIKE.search(text):
        found.append((SAFETY, "performance_drugs"))
    elif _SLIM_PILLS.search(text):
        found.append((SAFETY, "laxatives_diuretics"))
    if _EXTRA_DOSE.search(text) and _HYPO_SIGNS.search(text):
        found.append((EMERGENCY, "blood_sugar"))
    if _INSULIN_STOPPED.search(text) and _DKA_SIGNS.search(text) and not _NOT_NOW.search(text):
        found.append((EMERGENCY, "blood_sugar"))
    if _FAST_NOW.search(text) and _FAST_SIGNS.search(text):
        found.append((EMERGENCY, "eating_disorder_complication"))
    if _THIRD_MINOR.search(text) and _CHILD_RESTRICTS.search(text) and _BODY_REASON.search(text):
        found.append((SAFETY, "minor_dieting"))
    return found


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def _crisis(clause: str) -> str | None:
    if _IDIOM.search(clause):
        return None
    masked = _STARVE.sub("starve_self", clause)
    for pattern in _CRISIS_PATTERNS:
        if pattern.search(masked):
            return (
                "self_harm"
                if "myself" in pattern.pattern and "cut" in pattern.pattern
                else ("suicidal_ideation_passive")
            )
    return None


def find(text: str) -> list[tuple[str, str]]:
    """Every (level, category) the general detectors find in normalised ``text``."""
    found: list[tuple[str, str]] = []
    for clause in _clauses(text):
        category = _crisis(clause)
        if category:
            found.append((CRISIS, category))
        for name, pattern in _ED_PATTERNS:
            if pattern.search(clause):
                found.append((SAFETY, name))
        if not _NOT_NOW.search(clause):
            for name, pattern in _EMERGENCY_PATTERNS:
                if pattern.search(clause):
                    found.append((EMERGENCY, name))
        if not _NOT_NOW.search(clause) and _glucose_emergency(clause):
            found.append((EMERGENCY, "blood_sugar"))
        if re.search(rf"\b{_DRUGS}", clause):
            found.append((SAFETY, "performance_drugs"))
        if re.search(
            rf"\b{_MED_CHANGE}(?: \w+){{0,3}} {_MED_WORDS}\b", clause
        ) and not _MED_FOOD_TIMING.search(clause):
            found.append((SAFETY, "medication_change"))
    if (
        re.search(rf"\b(?:on|my|take|taking|use|using|inject\w*)(?: \w+)? {_GLUCOSE_DRUG}\b", text)
        and re.search(rf"\b{_FASTING}", text)
    ) or _INSULIN_OMISSION.search(text):
        found.append((SAFETY, "medication_change"))
    found += _wider(text)
    # Populations span clauses: "im 20 weeks pregnant. how do i lose 5 kg"
    loss = re.search(rf"\b{_LOSS}\b", text)
    if loss and re.search(rf"\b{_PREGNANT}", text):
        found.append((SAFETY, "pregnancy_weight_loss"))
    if loss and re.search(rf"\b{_NURSING}", text):
        found.append((SAFETY, "breastfeeding_weight_loss"))
    if re.search(rf"\b{_MINOR}", text) and (
        re.search(rf"\b{_DIETING}", text) or any(c in _ED_CATEGORIES for _, c in found)
    ):
        found.append((SAFETY, "minor_dieting"))
    return found


_ED_CATEGORIES = frozenset(name for name, _ in _ED_PATTERNS)


def eating_disorder_signal(text: str) -> bool:
    """Whether normalised ``text`` describes an eating-disorder behaviour (purging, laxatives,
    compensatory exercise, days without food): the answer then carries no calorie numbers."""
    return any(category in _ED_CATEGORIES for _, category in find(text))

"""The safety gate's concept lexicon: what each safety category looks like in lay words.

Written from clinical screening content rather than from example sentences:
- Columbia Suicide Severity Rating Scale (C-SSRS) ideation levels: wish to be dead,
  non-specific thoughts, method, intent, plan, preparatory behaviour; PHQ-9 item 9
  (better off dead, hurting yourself);
- SCOFF (making yourself sick, loss of control, large weight loss in three months,
  feeling fat when others say you are thin, food dominating life) and the DSM-5
  compensatory behaviours (vomiting, laxatives, diuretics, fasting, excessive exercise);
- the red-flag symptoms public emergency guidance lists (NHS, AHA, ADA, ACAAI): chest pain
  or pressure, fainting, anaphylaxis signs, severe hypoglycaemia;
- the populations and substances where weight-loss advice is unsafe without a clinician:
  pregnancy, breastfeeding, minors, performance drugs, changing prescribed medication.

Every pattern runs on ``safety_text.normalise`` output (lower case, no apostrophes, slang
expanded), so "dont" and "im" are spelled without apostrophes here.

Idioms are handled by writing concepts narrowly ("kill myself", not "kill"; "want to die",
not "die") plus explicit idiom guards for the few concept words that have common idiomatic
uses ("overdosed on garlic", "purging my pantry", "natural laxative").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CRISIS, EMERGENCY, SAFETY = "crisis", "emergency", "safety"
LEVEL_RANK = {CRISIS: 3, EMERGENCY: 2, SAFETY: 1}


def _re(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


NUM_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of)"
W = r"(?: \w+)"  # one filler word

# --- mental-health crisis ---------------------------------------------------------------
SUICIDE_PASSIVE = _re(
    rf"\b(?:dont|do not|didnt|no longer|not|never){W}{{0,2}} (?:want|wanna|wish|care) to "
    r"(?:be here|be alive|live|exist|wake up|be around|go on|carry on|keep going)",
    r"\b(?:wish|want|wanted|hope)(?: that)? i (?:was|were|could be|would be) dead",
    r"\bwish i (?:was|were) never born",
    r"\bwish (?:that )?i (?:wasnt|werent|was not|were not|didnt|could(?: just)?|would(?: just)?)"
    r" (?:alive|here|around|exist|born|disappear|vanish|die|sleep forever|not wake up)",
    r"\bbetter off (?:dead|without me|if i (?:was|were)(?:nt| not| gone| dead))",
    r"\b(?:happier|better|easier)(?: off)? (?:if|without)(?: i| me)"
    rf"{W}{{0,2}} (?:wasnt|werent|was not|were not|gone|disappeared|died|didnt exist|here)",
    r"\beasier if i (?:just )?(?:disappeared|vanished|was gone|were gone|died|wasnt here)",
    r"\b(?:not|no longer) (?:being )?(?:around|alive|here) anymore",
    r"\b(?:tired|sick) of (?:existing|living|being alive|being me|life|it all)\b",
    r"\b(?:dont|cant|do not|cannot) see (?:a|any) (?:way out|future|point|reason to live)",
    r"\bno (?:way out|reason to live|point (?:in |of )?(?:going on|living|being alive|life))",
    r"\bburden (?:to|on) (?:everyone|everybody|my family|the people)",
    r"\b(?:want|wanted|need) (?:it all|everything|it|this|the pain|life) to (?:end|stop)\b",
    r"\b(?:never|not) (?:woke|wake|waking) up",
    r"\bhit by a (?:bus|car|truck|train)",
    r"\b(?:nobody|no one|noone) would (?:even )?(?:miss|notice|care)",
    r"\bwould anyone (?:even )?(?:notice|care|miss)",
    r"\bif i (?:was|were) gone\b",
    r"\bthoughts? (?:of|about|that) (?:being|id be|i would be|i d be) (?:better off )?dead",
    r"\bdisappear forever",
    r"\b(?:want|wanna|wish i could|just want|want to just) (?:to )?(?:disappear|vanish)\b",
    r"\b(?:happier|better off|easier|fine|better) without me\b",
    r"\b(?:no|any|cant find a|cant find any|dont have a|dont have any|dont see a|dont see any)"
    r" reasons? to (?:keep )?(?:live|living|go on|going on|be alive|stay alive|exist|be here)",
)
SUICIDE_ACTIVE = _re(
    r"\bkill(?:ing|ed)? (?:my ?self|myself)",
    r"\bsuicid\w*",
    r"\bend(?:ing)? (?:my|my own) life",
    r"\btake (?:my|my own) life",
    r"\bend it all\b|\b(?:ways?|how) to end it\b|\bgoing to end it\b",
    r"\b(?:about|of|considering|want to|wanna|going to|planning to|plan on|ready to) "
    r"(?:ending|end) (?:it|things|everything)\b",
    r"\b(?:want|wanna|going|ready|deserve) to die\b|\bi want to be dead",
    r"\b(?:least painful|painless|easiest|quickest|best|fastest) way to (?:die|go|overdose)",
    r"\b(?:ways?|how) to (?:die|overdose)\b",
    r"\blethal (?:dose|amount)",
    r"\bpills? (?:would|will|does) it take",
    r"\b(?:collect|collecting|stockpil\w*|saving up|hoard\w*|saved up) "
    r"(?:pills|tablets|meds|medication)",
    r"\b(?:goodbye|suicide) (?:note|letter)",
    r"\bgo through with it\b|\bact on (?:it|them|those thoughts)",
    r"\b(?:a )?plan to (?:kill|end|hurt)",
    r"\bthought about how i (?:would|will|could|might) do it",
    r"\bstarv\w* (?:my ?self|yourself|myself) to death",
    r"\b(?:hang|hanging|drown|drowning) myself",
    r"\bjump(?:ing)? (?:off|in front of)",
    # taking a whole supply of a medicine at once (laxatives are the purging concept)
    r"\b(?:took|take|taking|swallowed|swallow|gonna take|going to take)(?: \w+){0,2} "
    r"(?:all|all of|a bunch of|a whole|too many|loads of|lots of|a handful of|an entire|the whole"
    r"|a bottle of|a box of|a packet of|a pack of)(?: my| the| of)?(?: \w+)? "
    r"(?:pills|tablets|meds|medication|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin"
    r"|sleeping pills|painkillers|insulin)\b",
)
# An overdose that is about food ("overdosed on garlic") is an idiom.
OVERDOSE = re.compile(r"\boverdos\w*+(?! on (?!pills|tablets|meds|insulin|paracetamol|tylenol)\w)")

SELF_HARM = _re(
    r"\bselfharm\w*|\bself harm\w*|\bself injur\w*",
    r"\b(?:cut|cutting|burn|burning|burnt|burned|hurt|hurting|harm|harming|hit|hitting|punch"
    r"|punching|scratch|scratching|punish|punishing|bruise|bruising) (?:my ?self|myself"
    r"|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body))\b",
    r"\bcuts? (?:on|in) my (?:arms?|wrists?|legs?|thighs?|stomach)",
    r"\b(?:cut|burn|cuts|burns) (?:i (?:made|did|gave myself) )?on purpose",
    r"\b(?:hurt|hurting|cut|cutting|burn|burning) (?:\w+ )?on purpose",
    r"\bdeserve (?:the )?(?:pain|to (?:be punished|suffer|hurt|be hurt))",
    r"\b(?:thinking (?:of|about)|urge to|urges to|want to|feel like) (?:cutting|hurting|harming)"
    r"(?! (?:carbs?|out|back|down|calories|sugar|\w+ from))",
    r"\bcutting again\b",
    r"\bscars? (?:fade|from cutting|on my)|\bself harm scars",
    r"\btill i bleed|\buntil i bleed",
)

# --- medical emergencies ----------------------------------------------------------------
CHEST = _re(
    rf"\bchest{W}{{0,3}} (?:pain\w*|hurt\w*|tight\w*|pressure|heavy|ache\w*|discomfort)",
    r"\b(?:pain|pressure|tightness|heaviness) in (?:my|the|his|her) chest",
    r"\bheart attack\b",
    r"\bleft arm (?:is |feels )?(?:numb|weird|tingl\w*|hurts|heavy)",
    r"\b(?:cant|can not|cannot|hard to|trouble|struggling to|difficulty) "
    r"(?:breathe|breathing|catch my breath|swallow)",
    r"\bshort(?:ness)? of breath",
    r"\bheart (?:is |keeps |has been )?"
    r"(?:racing|pounding|skipping|fluttering|beating (?:so )?fast)",
    r"\b(?:face|mouth) (?:is )?drooping|\bslurr\w*",
    r"\bseizure",
)
FAINTING = _re(
    r"\bfaint(?:ed|ing|s)?\b",
    r"\b(?:passed|passing|pass) out\b",
    r"\bblack(?:ed|ing)? out\b",
    r"\bcollapsed",
    r"\b(?:lost|losing|lose) consciousness|\bunconscious",
    r"\b(?:wont|will not|cant|doesnt) wake up properly|\bwont wake up",
    r"\bvision (?:went|goes|going) (?:black|dark)",
)
ALLERGY = _re(
    r"\banaphyla\w*",
    r"\bepi ?pen|\bepinephrine|\badrenaline (?:pen|shot)",
    r"\ballergic reaction",
    r"\b(?:throat|tongue|lips?|face|eyes?|mouth)(?: is| are| feels| feel)?(?: \w+)? "
    r"(?:swell\w*|swollen|closing|tight)",
    r"\bswell\w* (?:tongue|throat|lips?|face)",
    r"\bhives\b",
    r"\bwheez\w*",
    r"\bitchy throat|\blips? tingl\w*",
)
_LOW_MG = 70
_LOW_MMOL = 3.9
BLOOD_SUGAR_READING = re.compile(
    r"\b(?:blood sugar|blood glucose|glucose|bg|cgm|sugar reading|sugar level|my sugar"
    r"|sugar(?= (?:is|was|at|dropped|down)))"
    r"(?: (?:is|was|at|of|reading|level|says|alarm says|says its|dropped to|down to|reads))*"
    r" (\d+(?:\.\d+)?)(?! ?(?:g|grams|mg|calories|%|percent)\b)"
)
BLOOD_SUGAR = _re(
    r"\bhypo\b|\bhypoglyc\w*|\bhypo again|\bhypoing",
    r"\b(?:meter|cgm|glucose|sugar) (?:says|reads|shows) lo\b",
    r"\bketones? (?:are |is )?(?:high|very high)|\bdka\b|\bketoacidosis",
    r"\b(?:diabetic|insulin|type 1|type one)\b.{0,60}\b(?:shak\w*|sweat\w*|confus\w*"
    r"|cant think|blurry|blurred)",
    r"\b(?:shak\w*|sweaty|sweating)\b.{0,40}\b(?:confus\w*|cant think straight)",
)
OTHER_EMERGENCY = _re(
    r"\bblood in (?:it|my vomit|the vomit|vomit|my sick|my stool|my poop)",
    r"\b(?:vomit\w*|throw\w* up|puk\w*) blood",
    r"\bdnp\b.{0,60}\b(?:burning up|overheat\w*|sweat\w*|fever|hot|temperature)",
    r"\b(?:burning up|overheating)\b.{0,60}\bdnp\b",
)

# --- eating-disorder behaviours ---------------------------------------------------------
PURGING = _re(
    r"\b(?:make|made|making|makes) (?:my ?self|me) (?:sick|throw up|vomit|puke)",
    r"\b(?:throw|throwing|threw|thrown) (?:it |them |food |my food |everything )?up "
    r"(?:after (?:\w+ )?(?:eating|meals?|dinners?|lunch|breakfast|food|i eat|binge\w*)"
    r"|on purpose|so (?:it|that|the)|to (?:lose|get rid|not gain|stay))",
    r"\b(?:throw|throwing|threw) up my (?:dinners?|meals?|food|lunch)",
    r"\b(?:vomit\w*|puk\w*) (?:after (?:\w+ )?(?:eating|meals?|dinner|food|i eat)|on purpose)",
    r"\b(?:have|need|got) to (?:throw up|vomit|puke|get rid of it)",
    r"\bget rid of (?:it|the food|my food|the calories|what i ate|the meal|my meals?|dinner)\b",
    r"\bby (?:vomiting|throwing up|puking|making myself sick)",
    r"\bafter (?:i eat|eating|meals?|i ate)\b.{0,20}\b(?:vomit\w*|throw up|puke|puking)",
    r"\b(?:puke|puking|vomit|throw) (?:them|it|the calories|calories) up",
    r"\bpurg(?:e|ed|es|ing)\b(?! (?:\w+ ){0,2}(?:pantry|fridge|kitchen|closet|cupboards?|inbox"
    r"|wardrobe|house|files|junk|snacks|sweets|clothes|stuff|emails?|toxins))",
    r"\bfingers? down (?:my|your) throat",
    r"\bbulimi\w*|\banorexi\w*|\bpro ?ana\b|\bproana|\bthinspo\w*",
    r"\bchew\w* and spit\w*|\bspit\w* (?:out )?(?:my |the |all my )?food|\bspit it out after",
    r"\bipecac",
)
LAXATIVES = _re(
    r"(?<!natural )\blaxative\w*",
    r"\bdulcolax|\bsenna\b|\bsennakot|\bbisacodyl|\bex ?lax\b|\bmiralax\b.{0,40}\b(?:weight|thin)",
    r"\benemas?\b",
    r"\bdiuretic\w*|\bfurosemide|\blasix|\bwater (?:pills?|tablets?)",
    r"\b(?:skinny|flat tummy|slimming) teas?",
    r"\bpoop out (?:the )?(?:calories|food)",
    r"\bdetox teas?\b.{0,40}\b(?:poop|calories|lose|weight)",
)
COMPENSATORY = _re(
    r"\b(?:burn|exercise|work|run|sweat)\w* (?:it|them|this|that|everything) (?:all )?off\b",
    r"\b(?:until|till) i (?:burn|have burned|have burnt) (?:off )?(?:every|all|everything|it)",
    r"\b(?:burn|burning|exercise|exercising|work|working|run|running|sweat)\w*"
    r"(?: (?:it|them|this|that))?(?: all)? off (?:a |the |my |it |all |everything |lunch"
    r"|dinner|breakfast|what|every|each|\d+)",
    r"\bto (?:make up|compensate) for (?:the |my |a |what |eating|overeating|binge)",
    r"\b(?:cancel|cancels|cancelled|cancel out|undo|undoes) (?:out )?(?:the |my )?"
    r"(?:dinner|lunch|breakfast|meal|meals|calories|food|binge|what i ate)",
    r"\bcalories cancel out|\bnet (?:calories )?(?:need to be |at |to )?(?:zero|0)\b"
    r"|\bnet zero calories",
    r"\bearn (?:my|the right to|each|every) (?:food|meals?|eat)",
    r"\bapp says 0\b",
    r"\b(?:[3-9]|1\d) hours (?:a day|a night|every day|daily) (?:of )?(?:exercis\w*|working out"
    r"|at the gym|cardio|running)",
    r"\bexercis\w* [3-9] hours",
    r"\b(?:on|with) a (?:stress fracture|broken|injur\w*)|\beven when im injured",
    r"\b(?:ran|run|running|exercis\w*|worked out|trained|training)\b.{0,40}\bbecause i ate",
    r"\b(?:exercis\w*|working out|run|running|train\w*) when (?:im|i am) (?:this )?dizzy",
    r"\b(?:jumping jacks|burpees|crunches|laps|miles)\b.{0,30}\bafter every meal",
)
RESTRICTION = _re(
    r"\b(?:havent|have not|hasnt|not|didnt|dont|do not|wont|will not) eat(?:en)? "
    r"(?:anything |any food )?(?:in|for) " + NUM_WORD + r" (?:days?|weeks?)",
    NUM_WORD + r" days? (?:without (?:eating|food)|of (?:not eating|no food))",
    r"\blongest (?:i|you) can go without (?:eating|food)",
    r"\b(?:eat|eating|ate) nothing\b|\beat as little as possible|\bleast amount of food",
    r"\b(?:stop|stopped|quit) eating\b(?! (?:junk|sugar|late|at night|after|fast|so much|meat|carbs"
    r"|out|processed|bread|sweets|dairy|gluten|when|before|\w+ food))",
    r"\bstarv(?:e|ing|ed) (?:my ?self|myself)|\bstarvation diet",
    r"\bskip\w* (?:all )?(?:my )?(?:meals?|dinner|lunch|breakfast|food)"
    r"(?: \w+)?(?: all week| every day| for days| to lose| so i can| to punish)",
    r"\b(?:suppress|kill|numb) (?:my )?(?:appetite|hunger)\b.{0,40}\b(?:nothing|skip|not eat|lose)",
    r"\bstop feeling hungry so",
    r"\bperiod (?:has )?(?:stopped|disappeared|went away)",
    r"\bhair (?:is )?(?:falling out|thinning)\b.{0,60}\b(?:eat\w*|diet\w*|calories|food)",
    r"\b(?:eat\w*|diet\w*|calories|food)\b.{0,60}\bhair (?:is )?(?:falling out|thinning)",
    r"\b(?:dizzy|shaky|lightheaded|light headed|weak)\b.{0,60}"
    r"\b(?:fast\w*|havent eaten|not eating|skipp\w* meals|burn off)",
    r"\b(?:fast\w*|havent eaten|not eating|skipp\w* meals)\b.{0,60}\b(?:dizzy|shaky|lightheaded)",
    r"\bpanic if i eat",
    r"\bonly (?:let|allow) myself\b",
    r"\bonly (?:eat|eating|ate|have|having) (?:one|an?|1|a single|half an?) (?!meal)\w+"
    r"(?: \w+)? (?:a|per|each) day",
    r"\b(?:make it|eat even|eat) less than (?:that|this)|\bhow do i make it less",
    r"\blost (?:over |more than )?(?:\d+|a stone|two stone)(?: \w+)? in (?:three|3|two|2) months"
    r"\b.{0,40}\b(?:scared|still|fat|afraid)",
    r"\b(?:gain|gaining) any more weight",
)
# Multi-day fasts: past what public guidance supports without medical supervision.
LONG_FAST = _re(
    r"\b(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten) days? (?:water |dry |juice )?fast",
    r"\b(?:water|dry|juice) fast(?:ing)? (?:for )?(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten"
    r"|a week|two weeks)",
    r"\bfast(?:ing|ed)? (?:for )?(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten) (?:days|weeks)",
)
# SCOFF's cognitive items and DSM-5 guilt/loss of control: the eating-disorder answer.
DISORDERED = _re(
    r"\b(?:scared|terrified|afraid|fear|frightened) (?:of )?(?:gaining|every meal|eating|food"
    r"|getting fat|weight gain|becoming fat)",
    r"\bfeel fat\b.{0,40}\b(?:thin|skinny)",
    r"\b(?:says|say|think|tell me) im (?:too )?(?:thin|skinny)",
    r"\b(?:food|eating|calories) (?:dominates|controls|rules|has taken over) my",
    r"\bfood rules\b|\bmy rules about food",
    r"\blost control over (?:how much|what) i eat|\bcant stop (?:binge\w*|eating once)",
    r"\b(?:feel|felt|feeling)(?: so| really)? (?:guilty|disgusted|disgusting|ashamed|gross|fat)"
    r" (?:after|about|when|for) (?:eating|i eat|i ate|every|anything|food|meals?)",
    r"\bhate my body\b|\bdisgusted (?:with|by) my body|\beating disorder",
    r"\bbing(?:e|ing|ed) and (?:purg|restrict|starv)\w*",
)
# "lose 10 kg in 2 weeks": a rate above about 1 kg a week (2 lb), far past safe guidance.
CRASH_LOSS = re.compile(
    r"\b(?:lose|drop|cut|shed|losing|dropping) (\d+(?:\.\d+)?) ?(kg|kgs|kilos?|lbs?|pounds|stone)"
    r"(?: \w+){0,3} (?:in|by|within) (?:a |an |one |(\d+) )?(days?|weeks?|months?)"
)
CALORIE_AMOUNT = re.compile(r"\b(\d{2,4}) ?(?:calories|calorie)\b")
DAILY_CONTEXT = re.compile(
    r"\b(?:a day|per day|each day|daily|every day|day|diet|plan|only eat|eat only|eating|under"
    r"|live on|survive on|stick to|stay under|go down to|cut to|enough|on \d+|let myself"
    r"|allow myself|max|maximum)\b"
)
LOOKUP_AFTER = re.compile(
    r"\s*(?:calories )?(?:snack|meal|breakfast|lunch|dinner|deficit|surplus|less|fewer|more|left"
    r"|remaining|over|burn|from|per (?:item|serving|meal)|each|in a)"
)

# --- populations and substances ---------------------------------------------------------
PREGNANT = _re(
    r"(?<!not )(?<!never been )\bpregnan\w*",
    r"\bexpecting (?:twins|a baby|triplets)",
    r"\b(?:1st|2nd|3rd|first|second|third) trimester|\btrimester",
    r"\b\d+ weeks? (?:pregnant|along)",
    r"\bmy (?:ob|obgyn|midwife) says",
)
BREASTFEEDING = _re(
    r"\bbreast ?feed\w*|\bbreast ?fed\b|\bbreast milk",
    r"\bnursing\b(?! home)",
    r"\blactat\w*",
    r"\b(?:exclusively )?pumping\b",
    r"\bpost ?partum",
    r"\bbf (?:my|the|our) (?:baby|son|daughter|twins)",
)
WEIGHT_LOSS = _re(
    r"\b(?:lose|losing|lost|drop|dropping|shed|cut|cutting) (?:\d+ ?\w+ )?(?:weight|fat|kg|kilos"
    r"|pounds|lbs|stone|belly fat)",
    r"\blose \d",
    r"\b(?:how much|how many \w+)(?: weight)? (?:can|should|could|do) (?:i|you|she|we)"
    r"(?: \w+)? lose\b",
    r"\bdrop \d|\bcut to \d",
    r"\b(?:weight loss|fat loss|lose weight|to slim|slim down|get skinny|be skinny|skinnier"
    r"|get thin|be thin|go on a diet|diet should i|what diet|on a diet|calorie deficit|deficit)",
    r"\b(?:not|dont|never|without|stop) gain\w*|\bgaining too fast|\bstay under\b",
    r"\b(?:fat burners?|diet pills?|juice cleanse|cleanse|detox|keto|crash diet\w*|slimming)\b",
    r"\bskip\w* (?:dinner|lunch|breakfast|meals)",
    r"\b(?:be|get to|weigh|be under|under) \d+ ?(?:kg|kilos|pounds|lbs)\b",
    r"\bweigh ?in\b",
    r"\bcalories should (?:i|she|he) eat to lose|\bhow many calories (?:to|should)",
    r"\bcut\b|\bcutting\b",
)
PREGNANCY_NEGATION = re.compile(r"\b(?:not|never been|no longer) (?:pregnant|breastfeeding)")

MINOR_AGE = re.compile(
    r"\b(?:im|i am|iam|me|age|aged|turning|just turned)(?: only)? (\d{1,2})\b"
    r"(?! (?:kg|kilos?|lbs?|pounds|stone|weeks?|days?|months?|hours?|minutes?|calories|percent|g"
    r"|grams|cm|inches|miles|km|reps|sets|%))"
    r"|\b(\d{1,2}) ?(?:years? old|year old|yr old|years)\b"
    r"|\b(\d{1,2}) (?:f|m)\b"
    r"|\b(?:my|our) (\d{1,2}) year old"
    r"|\b(?:shes|hes|she is|he is|theyre|they are|(?:my|our) (?:son|daughter|kid|child) is)"
    r" (\d{1,2})\b(?! (?:kg|kilos?|lbs?|pounds|stone|weeks?|days?|months?|minutes?|percent|%))"
)
MINOR_WORDS = _re(
    r"\b(?:[4-9]|1[0-2]) ?th grade|\b(?:[4-9]|1[0-2])th grader",
    r"\b(?:seventh|eighth|ninth|tenth|eleventh) grade",
    r"\bin year (?:[5-9]|1[0-2])\b|\byear (?:[7-9]|1[0-1]) (?:student|pupil)",
    r"\b(?:middle|junior high|high) school(?: \w+)? (?:freshman|sophomore|junior|student)",
    r"\b(?:freshman|sophomore|junior) (?:in|at) high school|\bhigh school sophomore"
    r"|\bhigh school freshman|\bhigh school junior",
    r"\bim in (?:middle|junior high|high|elementary|primary|secondary) school",
    r"\bmy (?:teen|teenager|teenage (?:son|daughter|kid|girl|boy))\b",
    r"\btoo young to diet|\bteen(?:ager)? (?:girl|boy)? ?(?:wants|trying) to (?:lose|diet)",
    r"\bmy (?:mom|mum|dad|mother|father|parents?) (?:says|said|thinks|told me) im",
)
PERFORMANCE_DRUGS = _re(
    r"\bclenbuterol|\bclenbutrol",
    r"\bdnp\b|\bdinitrophenol",
    r"\bsarms?\b|\bostarine|\benobosarm|\bmk ?677|\bmk ?2866|\brad ?140|\btestolone|\blgd\b"
    r"|\bligandrol|\bcardarine|\bgw ?501516|\bandarine|\byk ?11",
    r"\bsteroids?\b|\banabolic|\bpeds?\b(?! (?:cycle)?s? ?(?:class|doctor))",
    r"\banavar|\boxandrolone|\btren\b|\btrenbolone|\bwinstrol|\bwinny\b|\bdianabol|\bdbol"
    r"|\bdeca\b|\bnandrolone|\bequipoise|\bsustanon",
    r"\btest (?:cycle|e\b|enanthate|cyp|cypionate|prop)|\btestosterone (?:cycle|injection\w*)"
    r"|\bcycle\b.{0,30}\b(?:test|tren|steroid)",
    r"\bephedr\w*|\bdmaa\b|\bsibutramine|\bphentermine(?! prescribed)",
    r"\bt3 (?:pills?|tablets?|for)|\bcytomel",
    r"\bhgh\b|\bgrowth hormone|\binsulin for (?:bulk|mass|gains)",
    r"\b(?:kids?|childs?|sons?|daughters?|someone elses|friends?|roommates?) "
    r"(?:adhd )?(?:meds|medication|pills|adderall|ritalin|vyvanse)",
    r"\badderall|\bvyvanse\b.{0,40}\b(?:appetite|lose|weight)",
    r"\bdiet pills?\b",
)
MEDICATION = (
    r"(?:insulin|metformin|glipizide|gliclazide|glimepiride|sulfonylurea\w*|ozempic|wegovy"
    r"|semaglutide|rybelsus|mounjaro|zepbound|tirzepatide|saxenda|liraglutide|trulicity"
    r"|dulaglutide|glp ?1\w*|jardiance|farxiga|lisinopril|amlodipine|losartan|metoprolol"
    r"|ramipril|hydrochlorothiazide|atenolol|statins?|atorvastatin|rosuvastatin|simvastatin"
    r"|antidepressants?|sertraline|fluoxetine|prozac|zoloft|lexapro|escitalopram|citalopram"
    r"|paroxetine|venlafaxine|bupropion|wellbutrin|mirtazapine|ssris?|lithium|quetiapine"
    r"|seroquel|olanzapine|antipsychotics?|levothyroxine|synthroid|warfarin|prednisone"
    r"|(?:blood pressure|diabetes|thyroid|heart|cholesterol|psych|mental health|my) "
    r"(?:meds|medication|medicine|pills|tablets)|morning shot|shots?|jabs?|injections?|meds"
    r"|medication|medicine|pills)"
)
_CHANGE_BEFORE = (
    r"(?:stop|stopping|stopped|quit|quitting|skip|skipping|skipped|come off|coming off|go off"
    r"|going off|get off|getting off|lower|lowering|double|doubling|halve|halving|reduce|reducing"
    r"|cut down|cut back on|cut|cutting|swap|swapping|replace|replacing|ditch|ditching|drop"
    r"|dropping|wean off|taper|less|fewer|more|still need|still take|dont need|ditch)"
)
_CHANGE_AFTER = (
    r"(?:stop|quit|skip|come off|go off|get off|cut|cut the dose|halve|half|double|use less"
    r"|take less|less|lower|reduce the dose|dose in half|without asking|without telling"
    r"|inject (?:more|extra)|to lose weight faster|for weight loss)"
)
MEDICATION_CHANGE = _re(
    rf"\b{_CHANGE_BEFORE}(?: (?:my|the|taking|on|using|all|his|her|their|down|back|of|dose"
    rf"|of my|off|off my|with)){{0,3}} {MEDICATION}\b",
    rf"\b{MEDICATION}\b(?: \w+){{0,8}} {_CHANGE_AFTER}\b",
    rf"\bhow much {MEDICATION} (?:should|do|can) i (?:inject|take|use) to lose",
    rf"\binstead of (?:my |taking )?{MEDICATION}\b",
    rf"\b(?:swap|replace|switch)\w* (?:my )?{MEDICATION}",
)
# Ordinary "with my statin" questions carry no change verb, so they never reach the rule;
# these phrases reverse what a change verb would mean ("reduce the nausea").
MEDICATION_CHANGE_GUARD = re.compile(r"\breduce the (?:nausea|side effects|upset)\b")
MEDICATION_DOSE = re.compile(
    rf"\b(?:what|which|how much|right) (?:dose|dosage|amount) (?:of )?{MEDICATION}\b"
    rf"|\bhow (?:much|many) {MEDICATION} (?:should|do|can) i (?:take|inject|use)\b"
)
DIAGNOSIS = re.compile(
    r"\bdiagnos\w*"
    r"|\bdo i have (?:diabetes|cancer|celiac|coeliac|ibs|an? \w+ (?:disease|disorder|deficiency)"
    r"|\w+itis|high blood pressure|hypertension|thyroid|anemia|anaemia)\b"
    r"|\bwhats wrong with me\b|\bis (?:it|this) (?:cancer|serious)\b"
)


@dataclass(frozen=True)
class Rule:
    """A concept: its category, its default level and the pattern that finds it."""

    category: str
    level: str
    pattern: re.Pattern[str]


RULES: tuple[Rule, ...] = (
    Rule("suicidal_ideation_active", CRISIS, SUICIDE_ACTIVE),
    Rule("suicidal_ideation_active", CRISIS, OVERDOSE),
    Rule("suicidal_ideation_passive", CRISIS, SUICIDE_PASSIVE),
    Rule("self_harm", CRISIS, SELF_HARM),
    Rule("allergic_reaction", EMERGENCY, ALLERGY),
    Rule("chest_pain", EMERGENCY, CHEST),
    Rule("fainting", EMERGENCY, FAINTING),
    Rule("blood_sugar", EMERGENCY, BLOOD_SUGAR),
    Rule("other_emergency", EMERGENCY, OTHER_EMERGENCY),
    Rule("purging", SAFETY, PURGING),
    Rule("laxatives_diuretics", SAFETY, LAXATIVES),
    Rule("compensatory_exercise", SAFETY, COMPENSATORY),
    Rule("performance_drugs", SAFETY, PERFORMANCE_DRUGS),
    Rule("extreme_restriction", SAFETY, RESTRICTION),
    Rule("disordered_eating", SAFETY, DISORDERED),
    Rule("long_fast", SAFETY, LONG_FAST),
)


def low_blood_sugar(text: str) -> bool:
    """A glucose reading in the severe range (< 70 mg/dL or < 3.9 mmol/L; > 300 mg/dL or
    > 16.7 mmol/L with symptoms is also urgent), per ADA Standards of Care, section 6."""
    for match in BLOOD_SUGAR_READING.finditer(text):
        value = float(match.group(1))
        mmol = "mmol" in text[match.end() : match.end() + 8] or value < 35
        if mmol:
            if (0 < value < _LOW_MMOL) or value >= 16.7:
                return True
        elif value < _LOW_MG or value > 300:
            return True
    return False

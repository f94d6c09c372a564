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
uses ("overdosed on garlic", "purging my pantry"). Where a concept word has an ordinary
reading with its own context, the context decides, not a list of sentences: "suicides" next
to running or practice is a sprint drill, a laxative compared with or named as a food's
property is not one taken, and a change verb whose object is a medicine's side effect ("stop
my metformin upsetting my stomach") or the food ("eat less on metformin") is no change of the
medicine. A ``Rule``'s ``idiom`` masks only its own span, so a real disclosure elsewhere in
the same message still counts.
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
    r"\b(?:never|not) (?:woke|wake|waking) up\b(?! (?:hungry|early|before|at|in the|till|until"
    r"|feeling|with|for|on time|rested|refreshed|starving))",
    r"\b(?:sleep|go to sleep|fall asleep|close my eyes) and (?:never|not) (?:wake|woke)\b",
    # C-SSRS "wish to be dead" said as others coping without you
    r"\bif i (?:just |simply |wasnt |werent )?(?:wasnt|werent|was not|were not|stopped being)"
    r" (?:around|alive|here anymore|here any more|there anymore|in the picture)",
    r"\b(?:wont|will not|wouldnt|would not|dont|do not)(?: have to| need to)? be (?:here|around"
    r"|alive) (?:anymore|any more|much longer|for long|next year)",
    r"\b(?:life|living|everything|existing|my life) (?:feels|is|seems|has become|feel)"
    r" (?:so |completely |totally |just |kind of |kinda |really )?(?:pointless|meaningless"
    r"|not worth (?:it|living))\b",
    # C-SSRS non-specific active thoughts: thinking about dying or death
    r"\b(?:think|thinking|thought|thoughts) (?:a lot )?(?:about|of) (?:dying|death|being dead"
    r"|not being here|not existing|not waking up)\b",
    r"\bwhats the point (?:of|in) (?:living|anything|life|going on|being alive|eating anything"
    r"|it all|any of it|waking up)\b",
    r"\bhit by a (?:bus|car|truck|train)",
    # indifference to dying by accident, and doubt about still being alive (C-SSRS wish)
    r"\bif (?:a|the|some) (?:bus|car|truck|train|lorry)(?: \w+)? (?:(?:hit|hits|ran over|runs over"
    r"|took) me|(?:ran|runs|knocked|knocks) me (?:over|down))\b",
    r"\b(?:wouldnt|would not|wont) (?:be the worst thing|mind|care|be so bad) if i (?:died|got hit"
    r"|didnt wake|never woke|was gone|were gone|wasnt here|disappeared)",
    r"\b(?:dont|do not|wouldnt|would not)(?: \w+){0,2} care (?:if|whether) i (?:wake up|live|die"
    r"|make it|survive|dont wake|never wake|am here|exist)\b",
    r"\b(?:not sure|dont know if|doubt|dont think) (?:ill|i will|id|i would|i am going to|im going"
    r" to)(?: even)? (?:still )?be (?:around|here|alive)\b(?! (?:for|at|to|when|tonight|later"
    r"|until|till|by|in time))",
    r"\b(?:nobody|no one|noone) would (?:even )?(?:miss|notice|care)",
    r"\bwould anyone (?:even )?(?:notice|care|miss)",
    r"\bif i (?:was|were) gone\b",
    r"\bthoughts? (?:of|about|that) (?:being|id be|i would be|i d be) (?:better off )?dead",
    r"\bdisappear forever",
    r"\b(?:want|wanna|wish i could|just want|want to just) (?:to )?(?:disappear|vanish)\b",
    r"\b(?:happier|better off|easier|fine|better) without me\b",
    r"\b(?:no|any|cant find a|cant find any|dont have a|dont have any|dont see a|dont see any)"
    r" reasons? to (?:keep )?(?:live|living|go on|going on|be alive|stay alive|exist|be here"
    r"|keep going(?! to))",
    # nothing matters any more (hopelessness, C-SSRS wish to be dead said as indifference)
    r"\b(?:nothing|none of (?:this|it)|anything|life) (?:really |even )?(?:matters?|means anything)"
    r" (?:anymore|any more)\b",
    # weariness with existing itself, not with a task or a place ("tired of being here at all")
    r"\b(?:tired|sick|exhausted|done) of being (?:here|around|alive)\b(?: at all| anymore| any more"
    r"| really| honestly)*(?! (?:at|in|on|for|with|waiting|every|all day|so early|so late))",
    r"\b(?:done|finished) with (?:life|living|existing|being alive|being here)\b",
    # sleep that does not end: the wish not to wake, said as staying asleep
    r"\b(?:stay|staying|stayed|remain) asleep (?:for good|forever|for ever|permanently)\b"
    r"|\b(?:go|going|went|fall|falling) to sleep and (?:just )?(?:stay|staying|never|not)"
    r" (?:asleep|wake|waking|come back)\b|\bsleep (?:for good|permanently)\b",
    # vanishing unnoticed: nobody (or only a gadget, a pet) would register the absence
    r"\bif i (?:just |ever )?(?:vanished|disappeared|died|stopped existing|was gone|were gone"
    r"|wasnt around|werent around|dropped dead)\b.{0,60}\b(?:notice|noticed|miss|care|matter"
    r"|better|know)\b",
    r"\b(?:the only (?:thing|one|person)|only my \w+) (?:that |who )?(?:would|will|d|gonna)"
    r" (?:even |ever )?(?:notice|miss me|care)\b",
    # worthlessness about existing (Beck hopelessness, PHQ-9 item 6 said as not deserving life)
    r"\b(?:waste of (?:space|oxygen|air|skin|a life|a person)|(?:dont|do not) deserve to (?:live"
    r"|exist|be alive|be here|take up space|be fed))\b",
    r"\bwhats the point (?:of |in )?(?:feeding|keeping alive|looking after) (?:someone like me"
    r"|me|myself|a person like me)\b",
    # not surviving the day as something not minded
    r"\b(?:if i|hope i|maybe i|wouldnt mind if i|dont care if i) (?:dont|do not|didnt|never|wont"
    r"|dont ever) (?:make it|get) (?:home|back|through (?:the night|today|tonight|the week)|to"
    r" (?:morning|tomorrow|next week|the weekend))\b(?! (?:in time|before|by|for|on time|early"
    r"|late|until|till))",
    # an ending wished sooner ("the sooner im gone the better")
    r"\bthe sooner (?:i|im|i am|this|it|my life|all this)\b(?: \w+){0,3} (?:gone|go|die|dead"
    r"|over|end|ends|stop|stops)\b.{0,20}\bbetter\b",
    r"\b(?:die|dying|dead|gone|not here|over with)\b.{0,40}\bsooner (?:is|the|would be) better\b"
    r"|\bsooner (?:is|the) better\b.{0,40}\b(?:die|dying|dead|gone|not here)\b",
    # others better off: the burden belief (Joiner) said about the people around
    r"\b(?:everyone|everybody|they|my family|my kids|my children|people|the world|my"
    r" (?:partner|husband|wife|parents|friends|mum|mom|dad))(?: \w+){0,2} (?:would|will|d)"
    r"(?: all| honestly| probably| really| just)? be (?:better|happier) off\b"
    r"(?! (?:with (?!me gone)|eating|buying|cooking|having|if (?:they|we)|\w+ing))",
    # death wished as an accident ("hope i get into a crash on the way home")
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i (?:get|got|end up|am|was|were|die)"
    r" (?:in|into|hit by) (?:an? |some )?(?:accident|car crash|crash|car|bus|truck|train)"
    r"|(?:the|my) (?:plane|car|bus|train) (?:crashes|goes down|crash|go down))\b",
    r"\b(?:life|living|existing|it all|my life)(?: really| just| honestly)? (?:isnt|is not|aint"
    r"|not|no longer|isnt really) worth (?:it|living)\b(?! (?:for|if|when|to))",
    r"\b(?:dont|cant|do not|cannot) see the point (?:in|of) (?:anything|living|life|going on"
    r"|being here|any of it|carrying on|waking up|trying anymore)\b"
    # "no point in going on a diet", "carrying on with keto": the object is a plan
    r"(?! (?:a|an|the|with|about|this|that|my|keto|diet\w*|holiday|to)\b)",
)
SUICIDE_ACTIVE = _re(
    r"\bkill(?:ing|ed)? (?:my ?self|myself|herself|himself|themselves|themself)",
    r"\b(?:she|he|they) (?:wants?|wanna|is going|are going) to die\b(?! (?:her|his|their) hair)",
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
    r"\bhow (?:many|much)(?: of)?(?: my| the| these| those| his| her)? (?:pills|tablets|meds"
    r"|medication|antidepressants|sleeping pills|painkillers|insulin|tylenol|paracetamol"
    r"|acetaminophen|ibuprofen|\w+ (?:pills|tablets))\b(?: \w+){0,2} (?:would|will|does|do)"
    r" (?:it )?(?:take|kill|be fatal|be lethal)\b(?! to (?:work|kick|see|notice|lose|feel))",
    r"\b(?:make|making) (?:it|everything|the pain|this|all this) (?:all )?(?:stop|end|go away)"
    r" (?:for good|forever|permanently)",
    r"\b(?:want to|wanna|going to|plan to|ready to) (?:sleep|disappear|go away) forever",
    # C-SSRS preparatory behaviour: means acquired or laid out
    r"\b(?:bought|got|buying|tied|tying|found|have) (?:a |the |some )?(?:rope|noose)\b",
    r"\bnoose\b",
    r"\b(?:all|all of) (?:my|the|these|those) (?:pills|tablets|meds|medication|painkillers"
    r"|sleeping pills)\b.{0,30}\b(?:lined up|counted|laid out|ready|in front of me|saved up"
    r"|stockpiled)",
    r"\b(?:for|as) (?:a|my) (?:very )?last meal\b(?! (?:of|before|at|on|in|tonight|today"
    r"|was|is|i ate|i had))",
    r"\b(?:im|i am|i will|ill|decided to|decided that im|going to) (?:just )?end(?:ing)?"
    r" (?:it|things|everything|my life)\b(?! (?:with|there|here|early|off|on a|by|at))",
    r"\b(?:collect|collecting|stockpil\w*|saving up|saving|hoard\w*|saved up|been saving)"
    r"(?: (?:up|my|the|all|of|his|her))*(?: sleeping| pain| old)? (?:pills|tablets|meds|medication"
    r"|painkillers)",
    r"\b(?:goodbye|suicide) (?:note|letter)",
    # letters to the family with a sense of an ending (C-SSRS preparatory behaviour)
    r"\b(?:wrote|written|writing|left) (?:\w+ )?(?:letters|notes) (?:to|for) (?:my )?(?:family"
    r"|everyone|everybody|kids|children|parents|loved ones|mum and dad|mom and dad)\b"
    r"(?=.{0,80}\b(?:last|final|goodbye|before i go|in case))",
    r"\bgo through with it\b|\bact on (?:it|them|those thoughts)",
    # C-SSRS plan: the when and the how chosen
    r"\b(?:picked|chosen|chose|decided on|planned|worked out|set) (?:the|a|my) (?:day|date|time)"
    r" and (?:the|a|my) (?:way|method|how|place)\b"
    r"|\b(?:picked|chosen|chose|decided on|worked out) (?:the|a|my) (?:method|way to do it)\b",
    r"\b(?:a )?plan to (?:kill|end|hurt)",
    # a plan with a date, nothing said of what for (C-SSRS plan: the when chosen)
    r"\b(?:i have|ive got|i got|i made|ive made|i ve got|made|got) (?:a|my|the) plan (?:and|with)"
    r" (?:a|the|my) (?:date|day|time)\b(?! (?:for|with|at|to|of|in|on)\b)",
    r"\bthought about how i (?:would|will|could|might) do it",
    r"\bstarv\w* (?:my ?self|yourself|myself) to death",
    r"\b(?:hang|hanging|drown|drowning) myself",
    r"\bjump(?:ing)? (?:off|in front of)",
    r"\bslit\w* (?:my |her |his |their )?(?:wrists?|throat)",
)
# "Suicides" is also a sprint drill (shuttle runs to lines on a court or pitch): masked when
# the words around it are the drill's ("run suicides", "suicide sprints", "doing suicides at
# practice"), so only that span is ignored and a real crisis in the same message still counts.
_SPORT_CONTEXT = (
    r"(?:practice|training|coach|drills?|sprints?|court|pitch|field|conditioning|gym class|pe"
    r"|basketball|football|soccer|hockey|volleyball|rugby|lacrosse|netball|team|laps|cardio)"
)
SPORT_SUICIDES = _re(
    r"\bsuicides? (?:drills?|sprints?|runs?|shuttles?|lines?)\b",
    r"\b(?:run|ran|running|runs|sprint|sprinted|sprinting)(?: \w+){0,2} suicides?\b",
    rf"\b(?:do|did|doing|does)(?: \w+)? suicides?\b(?=.{{0,60}}\b{_SPORT_CONTEXT}\b)",
    rf"\b{_SPORT_CONTEXT}\b.{{0,40}}\b(?:do|did|doing|does)(?: \w+)? suicides?\b",
)

# Taking a whole supply of a medicine at once (laxatives are the purging concept). When a
# young child or a pet did the swallowing it is a poisoning (emergency), not a crisis.
WHOLE_SUPPLY = _re(
    r"\b(?:took|take|taking|swallowed|swallow|gonna take|going to take)(?: \w+){0,2} "
    r"(?:all|all of|a bunch of|a whole|too many|loads of|lots of|a handful of|an entire|the whole"
    r"|a bottle of|a box of|a packet of|a pack of)(?: my| the| of)?(?: \w+)? "
    r"(?:pills|tablets|meds|medication|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin"
    r"|sleeping pills|painkillers|insulin)\b",
)
CHILD_SWALLOWED = re.compile(
    r"\b(?:toddler|baby|infant|\d{1,2} year old|son|daughter|kid|child|little one|dog|cat|puppy)"
    r"\b(?: \w+){0,3} (?:swallowed|took|ate|has eaten|got into|has taken)\b"
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
    # "cut" with no object after "i" (a diet cut always names what: carbs, sugar, calories)
    r"\bi (?:cut|burned|burnt) again\b|\bi cut (?:last night|tonight|today|yesterday)\b"
    r"(?! (?:out|back|down|carbs|sugar|calories))",
    r"\bscars? (?:fade|from cutting|on my)|\bself harm scars",
    r"\b(?:till|until) (?:i|it|they|my \w+) bleeds?\b",
    r"\bcarv\w*\b.{0,60}\b(?:into|in|on) my (?:arms?|legs?|skin|thighs?|wrists?|stomach|body"
    r"|hips?)\b",
    r"\b(?:snap|snapping|snapped|flick|flicking)(?: \w+){0,2} (?:rubber band|hair tie|elastic)"
    r"\b.{0,30}\bwrist",
    r"\b(?:cut|cutting|cuts|burn|burning|burns|hurt|hurting|hurts|harm|harming|harms"
    r"|punish|punishing|punishes) (?:herself|himself|themselves|themself)\b",
)

# --- medical emergencies ----------------------------------------------------------------
CHEST = _re(
    rf"\bchest{W}{{0,3}} (?:pain\w*|hurt\w*|tight\w*|pressure|heavy|ache\w*|discomfort)",
    r"\b(?:pain|pressure|tightness|heaviness|ache|aching|squeez\w*|crushing)(?: \w+){0,4}"
    r" (?:in|on|across|around) (?:the (?:middle|centre|center) of )?(?:my |the |his |her )?chest",
    # the classic description of cardiac pain: a weight on the chest, spreading down the arm
    r"\b(?:elephant|weight|something heavy|ton of bricks|brick)\b(?: \w+){0,2} (?:sitting |sat "
    r"|pressing |pushing |standing )?on (?:my |the )?chest",
    r"\bchest\b.{0,30}\b(?:squeez\w*|crush\w*|being (?:crushed|squeezed))",
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
    r"\b(?:passed|passing|pass) out\b(?! (?:on|in) (?:the |my )?(?:couch|sofa|bed|recliner)"
    r"| asleep| watching| for (?:a )?nap| flyers| leaflets| samples)",
    r"\bblack(?:ed|ing)? out\b",
    r"\bcollapsed",
    r"\b(?:lost|losing|lose) consciousness|\bunconscious",
    r"\b(?:wont|will not|cant|doesnt) wake up properly|\bwont wake up",
    r"\b(?:vision|everything) (?:went|goes|going) (?:black|dark)",
    # coming round after a loss of consciousness
    r"\b(?:woke|woken|came to|come to|came round|found myself) (?:up )?on the (?:\w+ )?(?:floor"
    r"|tiles|ground|pavement|carpet)\b|\b(?:dont|cant|do not|cannot) remember (?:falling"
    r"|how i (?:fell|got (?:there|on the)))",
)
ALLERGY = _re(
    r"\banaphyla\w*",
    r"\bepi ?pen|\bepinephrine|\badrenaline (?:pen|shot)",
    r"\ballergic reaction",
    # a reaction going on now (not "a bad reaction to creatine last year")
    r"\b(?:im|i am|having|getting|going into|think im having) (?:a |an )?(?:bad |severe |serious"
    r" |really bad )?reaction\b",
    r"\b(?:throat|tongue|lips?|face|eyes?|mouth)(?: is| are| feels| feel)?(?: \w+)? "
    r"(?:swell\w*|swollen|closing|tight)",
    r"\bswell\w* (?:tongue|throat|lips?|face)",
    r"\b(?:throat|tongue|lips?|face|eyes?|mouth)(?: is| are| feels| feel| look| looks| got| went)?"
    r"(?: so| really| super| all)? (?:huge|puffy|puff\w* up|blown up|ballooned|massive)\b",
    r"\b(?:benadryl|antihistamines?|cetirizine|zyrtec|claritin|loratadine|piriton)\b.{0,30}"
    r"\benough\b",
    r"\bhives\b",
    r"\bwheez\w*",
    # a common severe allergen eaten, then a breathing or voice sign starting now (WAO
    # anaphylaxis criteria: respiratory compromise after a likely allergen)
    r"\b(?:peanuts?|(?:tree )?nuts?|cashews?|almonds?|walnuts?|pecans?|pistachios?|hazelnuts?"
    r"|shellfish|shrimps?|prawns?|crab|lobster|sesame)\b.{0,60}\b(?:now|suddenly|started"
    r"|starting|getting|cant stop)\b.{0,25}\b(?:cough\w*|hoarse|(?:cant|can not|hard to"
    r"|struggling to) (?:breathe|swallow)|short of breath)",
    r"\bitchy throat|\blips? tingl\w*",
    r"\bepi ?pens?\b.{0,40}\b(?:should i|do i|use it|used it|jab|inject|gave|give (?:it|her|him))",
)
# Having an epipen (carried, packed, prescribed) is prevention; a reaction needs its signs.
EPIPEN_CARRIED = re.compile(
    r"\b(?:carry|carries|carrying|bring|brings|pack|packs|packing|keep|keeps|have|has|got|own"
    r"|prescribed|travel with|forgot|remember|always have)(?: \w+){0,2} (?:epi ?pens?|adrenaline"
    r" pens?)\b(?: (?:everywhere|with me|on me|always|in my bag))?"
)
# "Purge" of things (a fridge, a closet, an inbox) is a clear-out.
PURGE_OF_THINGS = re.compile(
    r"\b(?:fridge|pantry|kitchen|closet|wardrobe|cupboards?|inbox|email|clothes|house|spring"
    r"|digital|junk food|snack|freezer|toy|book) purg\w*"
)
_LOW_MG = 70
_LOW_MMOL = 3.9
BLOOD_SUGAR_READING = re.compile(
    r"\b(?:blood sugar|blood glucose|glucose|bg|cgm|sugar reading|sugar level|my sugar"
    r"|(?:glucose |my |the )?meter|sugars?(?= (?:is|was|at|dropped|down|over|above|under|below)))"
    r"(?: (?:is|was|are|at|of|reading|level|says|alarm says|says its|dropped to|down to|reads"
    r"|over|above|under|below))*"
    r" (\d+(?:\.\d+)?)(?! ?(?:g|grams|mg|calories|%|percent)\b)"
)
BLOOD_SUGAR = _re(
    r"\bhypo\b|\bhypoglyc\w*|\bhypo again|\bhypoing",
    r"\b(?:meter|cgm|glucose|sugar) (?:says|reads|shows) lo\b",
    r"\b(?:cgm|meter|libre|dexcom|glucose monitor|sensor)\b.{0,30}\b(?:says|saying|reads|reading"
    r"|shows|showing|alarm\w*) (?:lo|low|urgent low)\b(?! (?:carb|fat|calorie|sodium|gi)\w*)",
    r"\b(?:sugar|sugars|bg|bgl|glucose|levels?) (?:is |are |at )?(?:\d+(?:\.\d+)? )?and"
    r" (?:still )?(?:dropping|falling|going down|crashing|tanking)\b",
    r"\bketones? (?:are |is )?(?:high|very high)|\bdka\b|\bketoacidosis",
    # ketone breath, a sign of diabetic ketoacidosis (NHS, ADA)
    r"\bbreath\b(?: \w+){0,3} (?:smells?|smelling|smelt|smelled) (?:\w+ )?(?:like )?(?:nail"
    r" polish|acetone|pear drops|fruity|sweet)",
    r"\b(?:diabetic|insulin|type 1|type one|type 2|type two|t1d|t2d|glipizide|gliclazide"
    r"|glimepiride|glyburide|glibenclamide|sulfonylurea\w*)\b.{0,80}\b(?:shak\w*|sweat\w*"
    r"|confus\w*|cant think|blurry|blurred|talking nonsense|talking gibberish|not making sense"
    r"|drowsy|incoherent|slurr\w*"
    r"|acting (?:drunk|weird|strange|odd)|unresponsive|wont wake)",
    r"\b(?:shak\w*|sweaty|sweating)\b.{0,40}\b(?:confus\w*|cant think straight)",
)
# Bleeding into the gut (NHS: vomiting blood or "coffee grounds", black tarry stool): blood
# and vomiting in either order, not "blood sugar", "blood test" or "blood pressure".
_BLOOD = (
    r"\b(?:blood|bloody|bleeding)\b(?! (?:sugar|pressure|tests?|type|work|draws?|glucose|levels?"
    r"|oranges?|sausage|pudding|donation|results|panel|count))"
)
_VOMIT = r"\b(?:vomit\w*|throw\w* up|threw up|puk\w*|purg\w*|sick up|brought (?:it )?up)"
GI_BLEEDING = _re(
    r"\bblood in (?:it|my vomit|the vomit|vomit|my sick|the toilet|my stool|my poop)",
    rf"{_BLOOD}.{{0,40}}{_VOMIT}",
    rf"{_VOMIT}.{{0,40}}{_BLOOD}",
    r"\b(?:looks like|like) coffee grounds\b|\bcoffee ground\w* (?:vomit|sick)",
    r"\b(?:black|tarry) (?:tarry )?(?:poop|poo|stool|stools)\b",
)
OTHER_EMERGENCY = _re(
    r"\bdnp\b.{0,60}\b(?:burning up|overheat\w*|sweat\w*|fever|hot|temperature)",
    r"\b(?:burning up|overheating)\b.{0,60}\bdnp\b",
)
# Slowed breathing or being hard to wake (sedatives, opioids or alcohol, alone or together).
BREATHING = _re(
    r"\bbreathing (?:feels |is |seems |has (?:gone|gotten|become) |getting |really |so |very )*"
    r"(?:slow|slowed|shallow|funny|weird|irregular)\b",
    r"\bslow(?:ed)? (?:down )?breathing|\bbarely breathing",
    r"\b(?:cant|cannot|can not|hard to|struggling to) (?:stay|keep (?:her|him|them|me)) awake",
    r"\b(?:wont|will not|cant|can not|doesnt|does not) (?:wake|be woken|respond)\b"
    r"(?! up (?:early|in time|before|at|on time))|\bcant wake (?:him|her|them) up",
    r"\b(?:snoring|gurgling) (?:weird|strange|loud\w*|funny)\b.{0,40}\b(?:wake|respond)",
    r"\b(?:lips|fingers|fingertips|skin|face) (?:are |is |look |looks |turning |turned |going )?"
    r"(?:blue|grey|gray)\b",
)
# Muscle breakdown (statins with grapefruit, extreme exercise, stimulants): dark urine + pain.
RHABDO = _re(
    r"\b(?:dark|brown|cola|tea|coke)(?: coloured| colored| color| colour)? (?:urine|pee|wee)\b"
    r".{0,80}\b(?:muscles?|sore|pain|aches?|aching|weak)",
    r"\b(?:muscles?|sore|pain|aches?|aching|weak)\b.{0,80}\b(?:dark|brown|cola|tea|coke)"
    r"(?: coloured| colored| color| colour)? (?:urine|pee|wee)\b",
    r"\b(?:urine|pee|wee)(?: is| was| looks| went| turned| has been)?(?: \w+)? (?:dark brown|brown"
    r"|cola|tea coloured|tea colored|black)\b.{0,80}\b(?:muscles?|sore|aches?|aching|pain|weak"
    r"|legs|arms)\b",
    r"\brhabdo\w*",
)
# Severe dehydration (NHS, CDC): no urine for many hours, no wet nappy, fluids not kept
# down, confusion in heat, a sleepy or floppy baby who will not drink.
DEHYDRATION = _re(
    r"\b(?:havent|have not|hasnt|has not|not|didnt|did not|no|without)(?: \w+)? (?:peed|pee"
    r"|peeing|urinated|urinating|urine|wee|weed)\b(?: \w+){0,3} (?:in|for|since|all)\b",
    r"\b(?:no|not|havent|hasnt|without)(?: \w+){0,2} wet (?:diapers?|nappy|nappies)\b"
    r"|\bdry (?:diapers?|nappy|nappies) (?:for|since|all)",
    r"\b(?:cant|cannot|can not|unable to|wont|doesnt|not|couldnt)(?: even| really| seem to"
    r"| manage to| manage| seem)* (?:keep|keeping) (?:any |even )?"
    r"(?:water|fluids?|liquids?|anything|food or water|drinks?|sips) down",
    r"\b(?:baby|toddler|infant|newborn)\b.{0,80}\b(?:wont|will not|isnt|not|refus\w*)"
    r" (?:drink|drinking|feed|feeding|nurs\w*)\b.{0,80}\b(?:diarrh\w*|vomit\w*|sleepy|letharg\w*"
    r"|floppy|fever|no wet)",
    r"\b(?:diarrh\w*|vomit\w*|fever)\b.{0,80}\b(?:baby|toddler|infant|newborn)\b.{0,80}"
    r"\b(?:wont|will not|isnt|not|refus\w*) (?:drink|drinking|feed|feeding)\b",
    r"\bsunken (?:eyes|soft spot|fontanel\w*)",
    r"\bdehydrat\w*\b.{0,60}\b(?:confus\w*|faint\w*|collaps\w*|cant stand|no urine"
    r"|delirious|racing heart|heart racing)",
    r"\b(?:confus\w*|faint\w*|collaps\w*|delirious)\b.{0,60}\bdehydrat\w*",
    r"\b(?:dry fast\w*|no water)\b.{0,60}\b(?:sauna|hot yoga|desert|heatwave)"
    r"|\b(?:sauna|hot yoga|heatwave)\b.{0,60}\bdry fast\w*",
    r"\b(?:heat|sun|sauna|marathon|race)\b.{0,80}\b(?:confused|confusion|stopped sweating)",
)
# Reduced fetal movements: call the maternity unit now (RCOG, NHS), never wait until tomorrow.
FETAL_MOVEMENT = _re(
    r"\b(?:baby|babys|bub|fetal|foetal)\b(?: \w+){0,2} (?:isnt|is not|hasnt|has not|not"
    r"|stopped|doesnt|didnt|barely|hardly|havent)(?: \w+){0,2} (?:moving|moved|move|kicking"
    r"|kicked|kick)\b",
    r"\b(?:less|fewer|reduced|no|decreased|not feeling)(?: \w+)? (?:fetal |foetal |baby )?"
    r"(?:movements?|kicks)\b",
    r"\b(?:havent|have not|cant|not|didnt) (?:felt|feel) (?:the |my )?baby (?:move|kick)",
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
    r"\b(?:got|gotten|getting|get) rid of (?:all of it|all of that|everything i ate|all the food"
    r"|all of (?:dinner|lunch|the food|the meal))",
    r"\b(?:bathroom|toilet|loo)\b.{0,30}\b(?:got rid of|get rid of|getting rid of|threw up"
    r"|throw up|brought it up|bring it up)",
    # asking which foods are easy to bring back up
    r"\b(?:come|comes|coming|bring|brings|brought) (?:back )?up (?:easy|easily|easier|easiest)"
    r"|\beas(?:y|ier|iest) to (?:throw up|vomit|puke|bring (?:back )?up|purge)",
    r"\b(?:get|bring|getting|bringing|got|brought) (?:the |my |all the )?(?:food|meals?|dinner"
    r"|lunch|breakfast|what i ate|everything|it all)(?: \w+)? (?:back )?up\b",
    # a setting or a trick so a meal "doesn't count" is compensation
    r"\bso (?:it|that|dinner|lunch|breakfast|the meal|the food|food|the binge|those calories"
    r"|the calories|it all) (?:doesnt|does not|wont|will not|didnt) count\b",
    # Russell's sign: scars or calluses on the knuckles from induced vomiting
    r"\b(?:scars?|calluses|cuts|sores|bite marks) on my knuckles"
    r"|\bknuckles? (?:have|has|are|got)(?: \w+){0,3} (?:scars?|calluses|cuts|sores|raw|scabs)",
    r"\b(?:she|he|they) (?:makes?|made|is making|keeps making) (?:herself|himself|themselves)"
    r" (?:sick|throw up|vomit|puke)",
)
# Vomiting talked about with calories or the food eaten; illness cancels it (guard).
VOMIT_CALORIES = _re(
    r"\b(?:vomit\w*|throw\w* up|threw up|puk\w*|purg\w*)\b.{0,40}\b(?:calories|the food"
    r"|what i ate|my log)\b",
    r"\bcalories\b.{0,40}\b(?:vomit\w*|throw\w* up|threw up|puk\w*|purg\w*)",
)
ILLNESS = re.compile(
    r"\b(?:stomach bug|bug|flu|food poisoning|morning sickness|virus|norovirus|migraine|chemo"
    r"|hangover|motion sickness|car ?sick|sea ?sick|gastro\w*|pregnan\w*|hyperemesis)\b"
)
LAXATIVES = _re(
    # any laxative, even a food's laxative effect, used to lose weight or "flush" food out;
    # first, so that its longer match wins over the bare word an idiom may mask (see ``Rule``)
    r"\blaxative\w*\b.{0,60}\b(?:lose|weight|flat|thin|skinny|empty|flush|calories)"
    r"|\b(?:lose|weight|flat|thin|skinny|calories)\b.{0,60}\blaxative\w*",
    r"\blaxative\w*",
    # osmotic laxatives used as a "cleanse" for a flat stomach or weight
    r"\b(?:magnesium citrate|milk of magnesia|castor oil|epsom salts?|smooth move|colon cleanse"
    r"|colonics?)\b.{0,80}\b(?:cleanse|flat|weight|lose|thin|skinny|empty|flush|calories)"
    r"|\b(?:flat (?:stomach|tummy)|lose weight|thin|skinny|flush out)\b.{0,60}"
    r"\b(?:magnesium citrate|milk of magnesia|castor oil|epsom salts?)",
    r"\bdulcolax|\bsenna\b|\bsennakot|\bbisacodyl|\bex ?lax\b|\bmiralax\b.{0,40}\b(?:weight|thin)",
    r"\benemas?\b",
    r"\bdiuretic\w*|\bfurosemide|\blasix|\bwater (?:pills?|tablets?)",
    r"\b(?:skinny|flat tummy|slimming) teas?",
    r"\bpoop out (?:the )?(?:calories|food)",
    r"\bdetox teas?\b.{0,40}\b(?:poop|calories|lose|weight)",
)
# A laxative named as a food's property or in a comparison is not a laxative taken: "coffee
# works like a laxative", "prunes are a natural laxative", "the laxative effect of kiwi". Masked
# as an idiom, so "coffee is a laxative so I drink it to lose weight" still counts (above).
_LAXATIVE_FOOD = (
    r"(?:coffee|espresso|tea|green tea|prunes?|prune juice|fib(?:re|er)|kiwis?|figs?|dates"
    r"|psyllium|chia(?: seeds)?|flax\w*|linseeds?|apples?|pears?|beans|lentils|oats|bran|milk"
    r"|dairy|lactose|chocolate|spicy food|curry|fruit|juice|sugar alcohols?|sorbitol|xylitol"
    r"|erythritol|sweeteners?|magnesium|vitamin c|olive oil|aloe(?: vera)?|rhubarb|cabbage)"
)
LAXATIVE_PROPERTY = _re(
    r"\b(?:natural|mild|gentle|like a|like an|like|as a|as an|kind of a|sort of a) laxatives?\b",
    r"\blaxatives? (?:effects?|propert\w*|qualit\w*|action)\b",
    rf"\b{_LAXATIVE_FOOD}\b(?: \w+){{0,3}} (?:a |an )?(?:natural |mild )?laxatives?\b",
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
    # exercise to undo food: "how many burpees to cancel out a pizza", "ate a burger so now
    # i have to spin for 3 hours", "burn more than I eat"
    r"\b(?:burpees|miles|km|laps|steps|squats|crunches|reps|minutes|hours|cardio|workouts?"
    r"|sessions?)\b.{0,30}\bto (?:cancel|undo|offset|cancel out|make up for)\b",
    r"\b(?:ate|eaten|had)\b.{0,40}\b(?:so|now) (?:now )?i (?:have to|must|got to|gotta)"
    r" (?:\w+ ){0,2}(?:run|spin|exercise|work out|burn|do cardio|go to the gym|hit the gym"
    r"|do \w+ hours)\b",
    r"\b(?:have to|must|need to|got to|gotta) burn (?:off )?more than i (?:eat|ate|take in"
    r"|consume)",
    r"\bcalories cancel out|\bnet (?:calories )?(?:need to be |at |to )?(?:zero|0)\b"
    r"|\bnet zero calories",
    r"\bearn (?:my|the right to|each|every) (?:food|meals?|eat)",
    r"\bapp says 0\b",
    r"\b(?:[3-9]|1\d) hours (?:a day|a night|every day|daily) (?:of )?(?:exercis\w*|working out"
    r"|at the gym|cardio|running)",
    r"\bexercis\w* [3-9] hours",
    r"\b(?:on|with) a (?:stress fracture|broken|injur\w*)|\beven when im injured",
    r"\b(?:ran|run|running|walk\w*|train\w*|exercis\w*|work\w* out|danced|played) (?:\w+ ){0,4}"
    r"(?:on|with|through) (?:a |my )?(?:sprained|broken|fractured|injured|twisted|torn|swollen"
    r"|bad) (?:ankle|foot|knee|leg|hip|back|wrist|shin)",
    r"\b(?:ran|run|running|exercis\w*|worked out|trained|training)\b.{0,40}\bbecause i ate",
    r"\b(?:exercis\w*|working out|run|running|train\w*) when (?:im|i am) (?:this )?dizzy",
    r"\b(?:jumping jacks|burpees|crunches|laps|miles)\b.{0,30}\bafter every meal",
    # rules that make eating conditional on exercise ("if I miss the run I don't eat")
    r"\bif i (?:dont|do not|didnt|did not|miss|skip|cant|havent|have not)\b(?: \w+){0,6}"
    r" (?:i|then i) (?:cant|cannot|can not|dont|do not|wont|will not|dont get to|am not allowed"
    r" to|dont let myself|dont allow myself|have to skip|skip) (?:eat|have (?:dinner|lunch"
    r"|breakfast|food|a meal)|dinner|lunch|breakfast|meals?)\b",
    r"\b(?:dont|do not|havent|have not) (?:deserve|earned) (?:to eat|food|my (?:food|meals?"
    r"|dinner|lunch))",
    r"\bto compensate\b.{0,40}\b(?:binge\w*|ate|eating|calories|food)"
    r"|\b(?:binged|binge(?! ?watch)|bingeing|binging|overate|calories|ate)\b.{0,80}"
    r"\bto (?:compensate|make up for it)\b",
    r"\b(?:or|else) i (?:get|feel|am) (?:scared|guilty|anxious|panick\w*) (?:of|about) (?:the )?"
    r"(?:food|what i ate|eating|calories)",
    r"\b(?:or|else|otherwise) i (?:cant|cannot|can not|dont get to|am not allowed to|wont let"
    r" myself|cant let myself|dont let myself|dont allow myself) (?:eat|have (?:dinner|lunch"
    r"|breakfast|food))\b",
    r"\b(?:run|walk|exercise|work out|burpees|miles|minutes|hour|hours|laps|km)\b.{0,30}\bfor"
    r" (?:every|each) (?:cookie|snack|calorie|bite|meal|treat|thing i eat|piece|biscuit|chocolate)",
)
_EXERCISE_WORDS = (
    r"(?:exercis\w*|work ?outs?|working out|work out|gym|run|runs|running|ran|cardio|hiit|spin"
    r"|treadmill|elliptical|stairmaster|jumping jacks|burpees|crunches|squats|sit ?ups|push ?ups"
    r"|laps|miles|km|steps|walk|walks|walking)"
)
# Exercise tied to each eating event, or eating made conditional on exercise (DSM-5
# compensatory exercise), in any wording of the exercise and the food.
COMPENSATORY_LINKED = _re(
    rf"\b{_EXERCISE_WORDS}\b.{{0,40}}\bfor (?:every|each) (?:single )?(?:\w+ ){{0,2}}(?:i eat|i ate"
    r"|i have|eaten|cookie|snack|calorie|bite|meal|treat|piece|biscuit|chocolate|slice|bar|sweet"
    r"|dessert|donut|doughnut|chip|crisp)s?\b",
    r"\b(?:[1-9]|one|two|three|four) ?(?:hour|hr)s?\b.{0,30}\bafter (?:every|each) (?:meal|snack"
    r"|time i eat|bite|dinner|lunch)",
    rf"\b{_EXERCISE_WORDS}\b.{{0,60}}\b(?:so (?:it|that|they|everything)|to) cancels? (?:it |them "
    r"|everything |the food |the calories )?out\b",
    rf"\b{_EXERCISE_WORDS}\b.{{0,60}}\b(?:before|until|till|unless|or) (?:i|im|i am)(?: am)?"
    r" (?:allowed|permitted) to (?:eat|have)\b",
    r"\bearn(?:ed|ing)? (?:my|your|the|a|each|every|our) (?:food|meals?|dinner|lunch|breakfast"
    r"|snacks?|dessert|calories|treats?)\b",
    r"\b(?:dont|do not|wont|never|cant|not allowed to|doesnt|dont get to|refuse to)"
    r"(?: let myself| allow myself| let me)? (?:eat|have (?:dinner|lunch|breakfast|food|a meal"
    r"|anything|a snack|dessert|carbs))\b.{0,25}\b(?:unless|until|till|before|if i (?:dont|didnt"
    rf"|havent))\b(?: \w+){{0,5}} {_EXERCISE_WORDS}\b",
)
RESTRICTION = _re(
    r"\b(?:havent|have not|hasnt|has not|not|didnt|did not) (?:eaten|eat|had (?:any )?food|had a"
    r" (?:proper )?meal)(?: anything| any food| a thing| properly)? since (?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|last week|the weekend|\w+ days ago)\b",
    r"\b(?:havent|have not|hasnt|not|didnt|dont|do not|wont|will not) eat(?:en)? "
    r"(?:anything |any food )?(?:in|for) " + NUM_WORD + r" (?:days?|weeks?)",
    NUM_WORD + r" days? (?:without (?:eating|food)|of (?:not eating|no food))",
    r"\blongest (?:i|you) can go without (?:eating|food)",
    r"\b(?:lowest|least|fewest) (?:calories|calorie|amount of (?:food|calories))(?: \w+){0,3}"
    r" (?:i|you|a person|someone) can (?:eat|go|survive|live)",
    r"\bday (?:[3-9]|[1-9]\d) (?:of|on) (?:no food|not eating|fasting|my (?:water )?fast"
    r"|a (?:water )?fast|water only|just water|only water)\b",
    r"\b(?:eat|eating|ate) nothing\b|\beat as little as possible|\bleast amount of food",
    r"\bstarv(?:e|ing|ed) (?:my ?self|myself)|\bstarvation diet",
    r"\bskip\w* (?:all )?(?:my )?(?:meals?|dinner|lunch|breakfast|food)"
    r"(?: \w+)?(?: all week| every day| for days| to lose| so i can| to punish)",
    r"\b(?:suppress|kill|numb) (?:my )?(?:appetite|hunger)\b.{0,40}\b(?:nothing|skip|not eat|lose)",
    r"\bstop feeling hungry so",
    r"\bperiod (?:has )?(?:stopped|disappeared|went away)",
    r"\bhair (?:is )?(?:falling out|thinning)\b.{0,60}\b(?:eat\w*|diet\w*|calories|food)",
    r"\b(?:eat\w*|diet\w*|calories|food)\b.{0,60}\bhair (?:is )?(?:falling out|thinning)",
    # "fast" alone is also an adverb ("stand up too fast"): only the fasting forms count
    r"\b(?:dizzy|shaky|lightheaded|light headed|weak)\b.{0,60}\b(?:fasting|fasted|on a fast"
    r"|fast for|water fast|dry fast|\w+ day fast|\w+ hours fast|havent eaten|not eating"
    r"|skipp\w* meals|burn off)",
    r"\b(?:fasting|fasted|on a fast|fast for|water fast|dry fast|\w+ day fast|\w+ hours fast"
    r"|havent eaten|not eating|skipp\w* meals)\b.{0,60}\b(?:dizzy|shaky|lightheaded)",
    r"\b(?:a|per) day and (?:thats it|that is it|nothing else)\b|\bnothing else all day\b",
    r"\bpanic if i eat",
    # counting calories in what is not food, and distress at having eaten an ordinary amount
    r"\bcount\w* (?:the )?(?:cals?|calories|kcals?) (?:in|of) (?:my )?(?:gum|toothpaste|mints?"
    r"|water|lip balm|medicine|vitamins|cough drops|chewing gum|mouthwash|tic tacs)\b",
    r"\b(?:cried|cry|crying|sobbed|panicked|panic attack|hated myself|hate myself|felt disgusting"
    r"|disgusted with myself) (?:\w+ ){0,2}(?:because|after|when|that|since) i (?:ate|had|eaten"
    r"|finished) (?:a|an|one|half|some|the|my|\d)\b",
    r"\bonly (?:let|allow) myself\b",
    r"\bonly (?:eat|eats|eating|ate|have|has|having) (?:one|an?|1|a single|half an?) (?!meal)\w+"
    r"(?: \w+)? (?:a|per|each) day",
    r"\b(?:make it|eat even|eat) less than (?:that|this)|\bhow do i make it less",
    r"\blost (?:over |more than )?(?:\d+|a stone|two stone)(?: \w+)? in (?:three|3|two|2) months"
    r"\b.{0,40}\b(?:scared|still|fat|afraid)",
    r"\b(?:gain|gaining) any more weight",
    # secrecy about not eating (SCOFF-adjacent): hiding it or binning meals unseen
    r"\bhid(?:e|ing)?\b(?: \w+){0,4} (?:not eating|that im not eating|that i dont eat|skipping"
    r" meals|my eating|how little i eat|throwing up|purging|my weight loss)",
    r"\b(?:without|so) (?:my |our )?(?:mum|mom|parents?|dad|family|husband|wife|partner|boyfriend"
    r"|girlfriend|roommate|anyone|nobody|no one)(?: \w+)? (?:noticing|notices|knowing|finding out"
    r"|finds out|sees|seeing)\b.{0,60}\b(?:not eating|skip\w*|binn\w*|throw\w* away|lunch"
    r"|dinner|meals?)",
    r"\b(?:bin|binning|binned|toss|tossing|tossed|dump|dumping|dumped|throw away|throwing away"
    r"|threw away|hide|hiding|hid|give away|giving away|gave away) (?:my |all my |her |his )"
    r"(?:school )?(?:lunch|lunches|dinner|food|meals?|breakfast|packed lunch)\b",
    r"\b(?:ana|mia) (?:coach|buddy|buddies|tips|diet|rules|mindset|sister)\b|\bpro ?mia\b"
    r"|\bmeanspo\b|\bbonespo\b|\bskinny ?spo\b",
    r"\bstarv\w* (?:herself|himself|themselves)",
    r"\b(?:she|he|they) (?:only|barely) (?:eats|eat|has|have)\b(?: \w+){0,4} (?:a|per|each) day",
    # rapid weight cutting by dehydration (weight-class sports)
    r"\bsauna suit|\bspit (?:cups?|bottles?)|\bspitting to (?:cut|make weight|lose)"
    r"|\b(?:dehydrate|dehydrating) (?:my ?self|myself|to make weight)"
    r"|\b(?:water ?cut\w*|cut\w* water)\b.{0,40}\b(?:weigh|make weight)",
)
# "Stop eating" as a goal, not "stop eating junk" or "what time should I stop eating".
STOP_EATING = re.compile(
    r"\b(?:stop|stopped|quit|quitting) eating\b(?! (?:junk|sugar|late|at night|after|fast|so much"
    r"|meat|carbs|out|processed|bread|sweets|dairy|gluten|when|before|straight|from|mindlessly"
    r"|emotionally|because|the whole|whole|all the|\w+ food|\w+ foods|like))"
)
STOP_EATING_GUARD = re.compile(
    r"\b(?:what time|when|how late|how early|hours before|before bed|at night|in the evening)\b"
    r"(?: \w+){0,4} (?:stop|quit) eating"
)
# Multi-day fasts: past what public guidance supports without medical supervision.
LONG_FAST = _re(
    r"\b(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten) days? (?:water |dry |juice )?fast",
    r"\b(?:water|dry|juice) fast(?:ing)? (?:for )?(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten"
    r"|a week|two weeks)",
    r"\bfast(?:ing|ed)? (?:for )?(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten) (?:days|weeks)",
    r"\b(?:4[89]|[5-9]\d|1\d\d|2\d\d) hours (?:water |dry |juice )?fast",
    r"\bfast(?:ing|ed)? (?:for )?(?:4[89]|[5-9]\d|1\d\d|2\d\d) hours",
)
# SCOFF's cognitive items and DSM-5 guilt/loss of control: the eating-disorder answer.
DISORDERED = _re(
    r"\b(?:scared|terrified|afraid|fear|frightened) (?:of )?(?:the |my )?(?:gaining|every meal"
    r"|eating|food"
    r"|getting fat|weight gain|becoming fat)",
    r"\bfeel fat\b.{0,40}\b(?:thin|skinny)",
    r"\b(?:says|say|said|think|thinks|tell me|tells me|told me|keep saying)(?: that)?"
    r" (?:i look|im|i am)(?: so| too| really| very)? (?:thin|skinny|sick|ill|unwell|bony"
    r"|underweight|like a skeleton|gaunt)\b",
    r"\b(?:food|eating|calories) (?:dominates|controls|rules|has taken over) my",
    r"\bfood rules\b|\bmy rules about food",
    r"\blost control over (?:how much|what) i eat|\bcant stop (?:binge\w*|eating once)",
    r"\b(?:feel|felt|feeling)(?: so| really)? (?:guilty|disgusted|disgusting|ashamed|gross|fat)"
    r" (?:after|about|when|for) (?:eating|i eat|i ate|every|anything|food|meals?)",
    r"\bhate my body\b|\bdisgusted (?:with|by) my body|\beating disorder",
    r"\bthigh gap|\bbikini bridge|\bsee my ribs|\bribs (?:to )?show\b"
    r"|\bcollarbones? (?:to )?(?:show|stick out)",
    r"\bbing(?:e|ing|ed) and (?:purg|restrict|starv)\w*",
)
# Signs that purging, laxatives, water pills or not eating have become physically dangerous
# (NICE NG69 and the MEED guidance on medical emergencies in eating disorders: low
# potassium or sodium shows as a fluttering, racing or irregular heartbeat, muscle weakness
# or confusion). Alone these words are often ordinary ("coffee makes my heart race a bit");
# with an eating-disorder behaviour or a fast they are an emergency (``safety.py``).
ED_HEART = _re(
    r"\bheart\b(?! rate (?:monitor|zone|training|tracker|watch))(?: \w+){0,2} (?:racing|races"
    r"|raced|pounding|pounds|skipping|skips|skipped|fluttering|fluttery|flutters|flutter"
    r"|irregular|jumping|jumpy|out of rhythm|stopping"
    r"|beating (?:\w+ )?(?:fast|hard|weird\w*|funny|irregular\w*|strange\w*)"
    r"|doing (?:weird|funny|strange) things|(?:feels?|felt) (?:weird|funny|off|strange|wrong))\b",
    r"\bpalpitations?\b|\birregular (?:heart ?beat|pulse|rhythm)|\bskipp(?:ed|ing) beats?"
    r"|\bheart ?beat\b(?: \w+){0,2} (?:weird|irregular|off|funny|fast|racing|all over)",
)
# Confusion as a symptom ("feel confused"), not as doubt ("confused about fasting").
ED_CONFUSION = _re(
    r"\b(?:feel|feeling|felt|feels|getting|got|gets|going|went|seem\w*|acting|so|really|very"
    r"|bit|and) (?:really |so |very |a bit |kind of |kinda )?(?:confused|disoriented)\b"
    r"(?! (?:about|by|with|on|as to|why|what|how|if|whether|which|when|where|over))",
    r"\bconfusion\b(?! (?:about|over|around|on))|\bdisorient\w*|\bcant think (?:straight|clearly)"
    r"|\bnot making sense\b|\bcant (?:stand|get) up\b|\btoo weak to (?:stand|walk|get up|move)"
    r"|\blegs? (?:gave|giving|keep giving) (?:out|way)|\b(?:muscles?|legs?|arms?) (?:are |feel )?"
    r"(?:paraly\w*|wont move)",
)
# Going without food right now (a fast in progress), for the same symptoms.
FASTING_NOW = re.compile(
    r"\bfast(?:ing|ed)\b|\bon a (?:\w+ )?fast\b|\b(?:havent|have not|hasnt|not) eat(?:en|ing)\b"
    r"|\bno food (?:for|since|in)\b"
)

# "lose 10 kg in 2 weeks": a rate above about 1 kg a week (2 lb), far past safe guidance.
CRASH_LOSS = re.compile(
    r"\b(?:lose|drop|cut|shed|losing|dropping) (\d+(?:\.\d+)?) ?(kg|kgs|kilos?|lbs?|pounds|stone)"
    r"(?: \w+){0,3} (?:in|by|within) (?:a |an |one |(\d+) )?(days?|weeks?|months?)"
)
# A loss already made: "down 12 kg in 6 weeks", "lost 8 kg in 3 weeks".
PAST_LOSS = re.compile(
    r"\b(?:down|lost|dropped|shed) (\d+(?:\.\d+)?) ?(kg|kgs|kilos?|lbs?|pounds|stone)"
    r"(?: \w+){0,3} (?:in|within) (?:a |an |one |(\d+) )?(days?|weeks?|months?)"
)
CALORIE_AMOUNT = re.compile(r"\b(\d{2,4}) ?(?:calories|calorie)\b")
DAILY_CONTEXT = re.compile(
    r"\b(?:a day|per day|each day|daily|every day|day|diet|plan|only eat|eat only|eating|under"
    r"|live on|survive on|stick to|stay under|go down to|cut to|enough|on \d+|let myself"
    r"|allow myself|max|maximum|days|a week|a month|next month|for a month|for the month"
    r"|want to eat|trying to eat|aim to eat|aiming for|target|goal)\b"
)
# A daily intake said without a unit ("I'm at around 350 a day"); the caller checks that no
# other unit (grams, steps, protein) follows and that it is below the floor.
UNITLESS_DAILY = re.compile(
    r"\b(?:im at|i am at|at|eating|eat|on|living on|surviving on|having|consuming|sitting at)"
    r"(?: around| about| like| roughly| only| just| under| maybe| max)* (\d{2,3}) (?:a|per|each"
    r"|every) day\b"
)
OTHER_UNIT_NEAR = re.compile(
    r"\b(?:g|grams?|mg|mcg|protein|carbs?|fat|fats|fiber|fibre|sugar|steps|oz|ml|caffeine"
    r"|sodium|minutes|mins|reps|pushups|push ups|squats|ounces|cups|glasses|water|snacks?|treats"
    r"|drinks?|sweets)\b"
)
LOOKUP_AFTER = re.compile(
    r"\s*(?:calories )?(?:snack|meal(?! ?plans?)|breakfast|lunch|dinner|deficit|surplus|less|fewer"
    r"|more|left"
    r"|remaining|over|burn|from|per (?:item|serving|meal)|each|in a)"
)

# --- populations and substances ---------------------------------------------------------
PREGNANT = _re(
    r"(?<!not )(?<!never been )(?<!pre )\bpregnan\w*",  # "pre pregnancy weight": before it
    r"\bexpecting (?:twins|a baby|triplets)",
    r"\b(?:1st|2nd|3rd|first|second|third) trimester|\btrimester",
    r"\b\d+ weeks? (?:pregnant|along)",
    r"\bmy (?:ob|obgyn|midwife) says",
    r"\b(?:midwife|obstetrician|ob ?gyn|antenatal|prenatal appointment)\b",
    r"\b(?:my |the |baby )bump\b|\bhurt(?:ing)? the baby\b",
    r"\b(?:im|i am) (?:[4-9]|[1-3]\d|4[0-2]) ?(?:weeks?|wks?)(?= (?:and|now|today|along|gone"
    r"|pregnant|with)\b|$)",
    r"^(?:[4-9]|[1-3]\d|4[0-2]) weeks?\b(?! (?:ago|of|in|into|post|postpartum|out))",
    r"\bim expecting\b(?! (?:to|a (?:delivery|call|package|parcel)))",
    r"\bbaby (?:is )?due\b(?! (?:for (?:a|his|her|their) |a (?:check|vaccin)))|\bdue date\b"
    r"|\b(?:im|i am) due (?:in|on|next|this|any day)\b",
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
    r"\b(?:lose|losing|lost|drop|dropping|shed|shedding|cut|cutting) (?:\d+ ?\w+ |some |a bit of"
    r" |the |my |a little )?(?:weight|fat|kg|kilos|pounds|lbs|stone|belly fat)",
    r"\b(?:weight|fat|pounds|kilos|kg|lbs) off\b",
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
    r"\bburn (?:the |my |off )?(?:fat|belly fat|baby weight)",
    r"\bdrop (?:a bit|some|a few|the baby weight|a dress size|a size)\b",
    # in pregnancy, "not gaining" is the unsafe goal
    r"\b(?:stay at|maintain|keep) (?:my )?(?:current |same |pre ?pregnancy )?weight\b"
    r"|\bno weight gain\b|\bkeep my weight (?:the same|down|steady)",
    r"\b(?:juice|water) only\b|\bonly (?:juice|water)\b|\bjuice (?:fast|diet)",
    r"\bdieting\b|\b(?:its|it is) a diet\b|\bmake weight\b|\bsauna suit",
    r"\b(?:how (?:do|can|should) i|want to|trying to|going to|need to|have to|start to|too young"
    r" to) diet\b|\bstop eating so much\b",
    r"\bback to (?:my )?(?:old|pre ?\w+|normal|usual|wedding) (?:weight|size|jeans|body)"
    r"|\bget (?:my )?(?:old |pre ?\w+ |pre \w+ |normal |usual )?(?:body|figure|shape|weight)"
    r" back\b"
    r"|\bbaby weight\b|\bhow fast can i (?:lose|drop|get back|shed)",
    r"\bthigh gap|\bbikini bridge|\bsee my ribs|\bcollarbones? (?:to )?(?:show|stick out)",
)
PREGNANCY_NEGATION = re.compile(r"\b(?:not|never been|no longer) (?:pregnant|breastfeeding)")

_NOT_A_MEASURE = (
    r"(?! (?:kg|kilos?|lbs?|pounds|stone|weeks?|days?|months?|hours?|minutes?|mins?|calories"
    r"|percent|g|grams|cm|inches|miles|km|reps|sets|%|times|x|laps|k|m|mg|l))"
)
MINOR_AGE = re.compile(
    r"\b(?:im|i am|iam|me|age|aged|turning|just turned)(?: only)? (\d{1,2})\b"
    r"(?! (?:kg|kilos?|lbs?|pounds|stone|weeks?|days?|months?|hours?|minutes?|calories|percent|g"
    r"|grams|cm|inches|miles|km|reps|sets|%))"
    r"|\b(\d{1,2}) ?(?:years? old|year old|yr old|years)\b"
    r"|\b(\d{1,2}) (?:f|m)\b"
    # "at 15 can I take fat burners": an age that opens a question about oneself
    r"|(?:^|\b(?:but|and|so) )at (\d{1,2}) (?=(?:can|should|is it|am i|do i|how|what|would|will"
    r"|im|i)\b)"
    r"|\b(?:my|our) (\d{1,2}) year old"
    r"|\b(?:my|our) (?:son|daughter|kid|child|boy|girl|stepson|stepdaughter|niece|nephew|grandson"
    r"|granddaughter|little sister|little brother) (?:aged? )?(\d{1,2})\b"
    + _NOT_A_MEASURE
    + r"|\b(?:gymnast|dancer|ballerina|swimmer|wrestler|skater|cheerleader|athlete|footballer"
    r"|runner|rower|boxer|jockey|student|girl|boy|kid|teen|teenager)s? (?:aged? )?(\d{1,2})\b"
    + _NOT_A_MEASURE
    + r"|\b(?:shes|hes|she is|he is|theyre|they are|(?:my|our) (?:son|daughter|kid|child) is)"
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
    r"\byear (?:[5-9]|1[01]) (?:here|student|pupil|girl|boy|kid)\b|\b(?:im|i am) in year"
    r" (?:[5-9]|1[01])\b",
    r"\bmiddle schooler\b|\b(?:im|i am) in (?:middle|junior high)\b|\bmy gcses\b",
    r"^year (?:[5-9]|1[01])\b(?! (?:old|olds|ago|later))",
    # an age in words ("sixteen and want to...", "im fifteen")
    r"\b(?:im|i am|aged?|turning|just turned|only|me) (?:eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen)\b|\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r" ?(?:years? old|year old|yo|y o|f|m)\b|^(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen) (?:and|here|now|so)\b",
)
PERFORMANCE_DRUGS = _re(
    r"\bclenbuterol|\bclenbutrol",
    r"\bdnp\b|\bdinitrophenol",
    r"\bsarms?\b|\bostarine|\benobosarm|\bmk ?677|\bmk ?2866|\brad ?140|\btestolone|\blgd\b"
    r"|\bligandrol|\bcardarine|\bgw ?501516|\bandarine|\byk ?11",
    # "anabolic" is also physiology ("the anabolic window after training"), not a drug
    r"\bsteroids?\b|\banabolic(?! (?:window|response|resistance|state|phase|effects? of"
    r"|signal\w*|potential|kitchen|cooking|diet|recipes?|meals?|protein|period|process\w*"
    r"|stimulus|hormones? (?:of|from|after)|after|exercise|training))"
    r"|\bpeds?\b(?! (?:cycle)?s? ?(?:class|doctor))",
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
    # GLP-1 medicines without a prescription or for someone they were not prescribed to
    r"\b(?:ozempic|wegovy|semaglutide|mounjaro|zepbound|tirzepatide|saxenda|liraglutide"
    r"|retatrutide|glp ?1\w*|peptides?)\b.{0,80}\b(?:not diabetic|without (?:a )?(?:prescription"
    r"|script|doctor)|off (?:instagram|tiktok|the internet|telegram|facebook|a website|amazon"
    r"|etsy)|online|compounded|research (?:grade|peptides?|chem\w*)|microdos\w*|someone elses"
    r"|bought|grey market|gray market|from (?:a|some) (?:guy|website|gym))",
    r"\b(?:microdos\w*|bought|ordered|buying)\b.{0,40}\b(?:ozempic|wegovy|semaglutide"
    r"|mounjaro|zepbound|tirzepatide|retatrutide)\b",
)
MEDICATION = (
    r"(?:insulin(?! resistan\w*| sensitiv\w*| levels?| spikes?| index| response)|metformin"
    r"|glipizide|gliclazide|glimepiride|sulfonylurea\w*|ozempic|wegovy"
    r"|semaglutide|rybelsus|mounjaro|zepbound|tirzepatide|saxenda|liraglutide|trulicity"
    r"|dulaglutide|glp ?1\w*|jardiance|farxiga|coumadin|eliquis|apixaban|xarelto|rivaroxaban"
    r"|blood thinners?|anticoagulants?|digoxin|phenelzine|nardil|maois?|lisinopril|amlodipine"
    r"|losartan|metoprolol"
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
    r"|dropping|dropped|lowered|reduced|halved|doubled|wean off|taper|still need"
    r"|still take|dont need|ditch|pause|pausing|paused|hold off|holding off|take a break from"
    r"|taking a break from|adjust|adjusting|adjusted|tweak|tweaking|microdose|microdosing"
    # "take less metformin" is a dose change, "eat less on metformin" is about food
    r"|(?<!eat )(?<!eating )(?<!ate )(?<!drink )(?<!drinking )(?:less|fewer|more))"
)
# What the medicine *does* after a change verb makes the verb's object the side effect, not
# the medicine: "stop my metformin upsetting my stomach", "stop ozempic making me nauseous".
_SIDE_EFFECT_AFTER = (
    r"(?!(?: from| is| keeps| keep)? (?:upset\w*|making|giving|causing|hurting|messing|irritat\w*"
    r"|bother\w*|side effects?|nause\w*))"
)
_CHANGE_AFTER = (
    r"(?:stop|quit|skip|come off|go off|get off|cut|cut the dose|halve|half|double|use less"
    r"|take less|less|lower|reduce the dose|dose in half|without asking|without telling"
    r"|inject (?:more|extra)|to lose (?:weight |it )?faster|for weight loss|quit it"
    # taking it more often than prescribed is a dose change
    r"|more (?:often|frequently)|instead of (?:weekly|once a week|every week|daily|once a day)"
    r"|(?:stopped|stopping|skipped|skipping|dropped|halved|doubled) (?:it|them|taking|using"
    r"|the dose|my dose|doses|a dose))"
)
# "on metformin, should I stop eating carbs / eat less sugar": the change is to the food.
_NOT_FOOD_AFTER = (
    r"(?! (?:eating|drinking|having|snacking|sugar|carbs?|bread|sweets|junk|snacks|meals?"
    r"|breakfast|lunch|dinner|food|alcohol|soda|caffeine|coffee|salt|fat)\b)"
)
# "help it stop" / "make it stop" after a side effect: "it" is the symptom, not the medicine.
_NOT_THE_SYMPTOM = r"(?<!help it )(?<!make it )(?<!help that )(?<!make that )(?<!make this )"
MEDICATION_CHANGE = _re(
    rf"\b{_CHANGE_BEFORE}(?: (?:my|the|taking|on|using|all|his|her|their|down|back|of|dose"
    rf"|of my|off|off my|with)){{0,3}} {MEDICATION}\b{_SIDE_EFFECT_AFTER}",
    rf"\b{MEDICATION}\b(?: \w+){{0,8}} {_NOT_THE_SYMPTOM}{_CHANGE_AFTER}\b{_NOT_FOOD_AFTER}",
    rf"\bhow much {MEDICATION} (?:should|do|can) i (?:inject|take|use) to lose",
    rf"\binstead of (?:my |taking )?{MEDICATION}\b",
    rf"\b(?:swap|replace|switch)\w* (?:my )?{MEDICATION}",
    # "skipping doses" of a medicine named earlier in the message
    rf"\b{MEDICATION}\b.{{0,120}}\b(?:skip\w*|stopp\w*|halv\w*|doubl\w*|cut\w*)"
    r" (?:my |the |some |a |all my |\w+ )?doses?\b",
)
# Ordinary "with my statin" questions carry no change verb, so they never reach the rule;
# these phrases reverse what a change verb would mean ("reduce the nausea").
MEDICATION_CHANGE_GUARD = re.compile(r"\breduce the (?:nausea|side effects|upset)\b")
MEDICATION_DOSE = re.compile(
    rf"\b(?:what|which|how much|right) (?:dose|dosage|amount) (?:of )?{MEDICATION}\b"
    rf"|\bhow (?:much|many) {MEDICATION} (?:should|do|can) i (?:take|inject|use)\b"
    # setting one's own dose ("I'll adjust my own dose", "how low can I go with the dose")
    r"|\b(?:adjust|change|tweak|increase|decrease|lower|raise|up|double|halve|skip|pause|cut"
    r"|reduce|drop|set)\w* (?:my |the |his |her )?own (?:dose|dosage|doses|units)\b"
    r"|\b(?:dose|dosage) (?:myself|on my own|without (?:asking|telling))"
    r"|\bhow low can i go with (?:the|my) (?:dose|dosage|insulin|meds|units)"
)
DIAGNOSIS = re.compile(
    r"\b(?:diagnose|diagnosing) (?:me|this|my|what|it)\b|\bcan you diagnose|\bwhats my diagnosis"
    r"|\bself diagnos\w*"
    r"|\bdo i have (?:diabetes|cancer|celiac|coeliac|ibs|an? \w+ (?:disease|disorder|deficiency)"
    r"|\w+itis|high blood pressure|hypertension|thyroid|anemia|anaemia)\b"
    r"|\bwhats wrong with me\b|\bis (?:it|this) (?:cancer|serious)\b"
)


@dataclass(frozen=True)
class Rule:
    """A concept: its category, its default level and the pattern that finds it.

    ``guard`` (optional) cancels this rule only, for the ordinary reading of the same words
    ("what time should I stop eating", "laxative effect of prunes").
    ``idiom`` (optional) is narrower: a match of the pattern that lies inside an idiom's span
    ("run suicides" at practice) does not count, but another match elsewhere in the message
    still does, so an idiom never hides a real disclosure next to it.
    """

    category: str
    level: str
    pattern: re.Pattern[str]
    guard: re.Pattern[str] | None = None
    idiom: re.Pattern[str] | None = None

    def matches(self, text: str) -> bool:
        """The pattern is found outside any idiom and no guard applies."""
        if not self._found(text):
            return False
        return self.guard is None or not self.guard.search(text)

    def _found(self, text: str) -> bool:
        if self.idiom is None:
            return self.pattern.search(text) is not None
        spans = [m.span() for m in self.idiom.finditer(text)]
        return any(
            not any(start <= m.start() and m.end() <= end for start, end in spans)
            for m in self.pattern.finditer(text)
        )


RULES: tuple[Rule, ...] = (
    Rule("suicidal_ideation_active", CRISIS, SUICIDE_ACTIVE, idiom=SPORT_SUICIDES),
    Rule("suicidal_ideation_active", CRISIS, OVERDOSE),
    Rule("suicidal_ideation_active", CRISIS, WHOLE_SUPPLY, CHILD_SWALLOWED),
    Rule("suicidal_ideation_passive", CRISIS, SUICIDE_PASSIVE),
    Rule("self_harm", CRISIS, SELF_HARM),
    Rule("allergic_reaction", EMERGENCY, ALLERGY, idiom=EPIPEN_CARRIED),
    Rule("chest_pain", EMERGENCY, CHEST),
    Rule("fainting", EMERGENCY, FAINTING),
    Rule("blood_sugar", EMERGENCY, BLOOD_SUGAR),
    Rule("other_emergency", EMERGENCY, OTHER_EMERGENCY),
    Rule("gi_bleeding", EMERGENCY, GI_BLEEDING),
    Rule("purging", SAFETY, PURGING, idiom=PURGE_OF_THINGS),
    Rule("laxatives_diuretics", SAFETY, LAXATIVES, idiom=LAXATIVE_PROPERTY),
    Rule("compensatory_exercise", SAFETY, COMPENSATORY),
    Rule("compensatory_exercise", SAFETY, COMPENSATORY_LINKED),
    Rule("performance_drugs", SAFETY, PERFORMANCE_DRUGS),
    Rule("extreme_restriction", SAFETY, RESTRICTION),
    Rule("extreme_restriction", SAFETY, STOP_EATING, STOP_EATING_GUARD),
    Rule("purging", SAFETY, VOMIT_CALORIES, ILLNESS),
    Rule("breathing", EMERGENCY, BREATHING),
    Rule("rhabdomyolysis", EMERGENCY, RHABDO),
    Rule("dehydration", EMERGENCY, DEHYDRATION),
    Rule("pregnancy_risk", EMERGENCY, FETAL_MOVEMENT),
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

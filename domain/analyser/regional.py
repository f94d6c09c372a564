"""Regional English and home-kitchen dish names, said in USDA's words (issue #11).

FNDDS is written in US English and names most dishes by their US descriptions. People
write British, Irish, Australian/New Zealand and Canadian English ("a packet of crisps", "a
cuppa", "jacket potato", "mince and tatties") and name home cooking by its own name ("rice
and peas", "tostones", "pancit", "suya"). These tables say those names in the words USDA
uses, so the ordinary matcher finds the food. They were written from the dialects and from
FNDDS's own descriptions (and their "additional descriptions"), not from any evaluation
text; each entry is a plain dictionary fact.

Three kinds of entry:

- ``REWRITES``: applied to the lower-cased text before it is cut into items, for names
  that hold a joiner word ("rice and peas" is one dish, not rice + peas; "sausage roll" is
  not a roll), a word that only means the food beside another ("a glass of squash" is the
  drink, "butternut squash" the vegetable) or a milk named in two words ("semi-skimmed");
- ``REGIONAL_WORDS``: one word (singular, as the tokeniser gives it) -> USDA words,
  replaced wherever it appears, like the matcher's other everyday words;
- ``REGIONAL_PHRASES``: the matcher's food words (after the word pass) -> USDA words, for
  names whose words only mean the food together ("chocolate biscuit" is a cookie in
  British English; a "biscuit" alone stays the US bread, "biscuits and gravy").

Ambiguous words are left alone: British "chips" (french fries) against US "chips" (potato
chips), "lemonade", "tea" (with or without milk), "pint" (UK 568 ml, US 473 ml).
"""

from __future__ import annotations

import re

# --- rewrites of the raw text --------------------------------------------------------------
# (pattern, replacement) in order; a replacement that must stay one item is one token that
# REGIONAL_WORDS spells out ("beansandrice").
_REWRITE_TABLE: tuple[tuple[str, str], ...] = (
    # Caribbean "rice and peas", Latin "arroz con frijoles/habichuelas", Central American
    # "gallo pinto", Cuban "moros y cristianos", and the plate of "rice and beans": USDA's
    # one dish "Beans and rice"
    (
        r"\b(?:rice (?:and|&|n) (?:peas|beans)|(?:peas|beans) (?:and|&|n) rice|"
        r"arroz con (?:frijoles|habichuelas)|gallo pinto|moros y cristianos)\b",
        "beansandrice",
    ),
    # US everyday names USDA words otherwise: a Pop-Tart is USDA's "Breakfast tart", a
    # short stack is pancakes, onion rings are the fried ones (not the ring-shaped snack),
    # decaf alone is brewed decaffeinated coffee, a stir fry is stir-fried (not fries)
    (r"\bpop[- ]?tarts?\b", "breakfast tart"),
    (r"\b(?:an? )?short stacks?(?: of pancakes)?\b", "some pancakes"),
    (r"\bonion r(?:i)?ngs?\b", "fried onion rings"),
    (
        r"\bdecaf(?:feinated)?(?: coffee)?\b(?!\s+(?:latte|tea|cappuccino|americano|espresso|"
        r"mocha|soda|cola|coke|diet|iced|instant))",
        "coffee brewed decaffeinated",
    ),
    (r"\bstir[- ]?fr(?:y|ied|ies)\b", "stirfry"),
    (r"\bbacn\b", "bacon"),
    # a flat white (Australia/NZ/UK) is a latte; a long black an americano
    (r"\bflat whites?\b", "latte"),
    (r"\blong blacks?\b", "brewed coffee"),
    # fizzy drinks: a soft drink; fizzy or sparkling water: carbonated water
    (r"\b(?:fizzy|sparkling) water\b", "carbonated water"),
    (r"\bfizzy (?:drinks?|pop)\b", "soft drink"),
    # squash and cordial (UK/Australia) are diluted fruit drinks, said with a drinks'
    # container or a fruit; butternut or summer squash is the vegetable
    (
        r"\b(glass|cup|bottle|jug|beaker|carton|pint) of (?:\w+ )?(?:squash|cordial)\b",
        r"\1 of fruit flavored drink",
    ),
    (
        r"\b(?:orange|blackcurrant|lemon|lime|apple|summer fruits?|robinsons?) "
        r"(?:squash|cordial)\b",
        "fruit flavored drink",
    ),
    # milk by its UK / Australian / Canadian names
    (r"\bsemi[- ]?skim(?:med)? milk\b", "2% milk"),
    (r"\bsemi[- ]?skim(?:med)?\b", "2% milk"),
    (r"\bfull[- ](?:cream|fat) milk\b", "whole milk"),
    (r"\bhomo milk\b", "whole milk"),
    # British savouries whose names hold a joiner or another food's name
    (r"\bsausage rolls?\b", "piginablanket"),
    # a "bread roll" is a plain white roll (not an "egg bread roll")
    (r"\b(a|an|one|two|three|\d+|the|some|with|and)\s+bread rolls?\b", r"\1 white roll"),
    (r"\btoad in the hole\b", "sausage popover"),
    (r"\bbubble (?:and|&|n) squeak\b", "potato cabbage"),
    # fried plantain: "plátanos fritos" (not the Fritos corn chips)
    (r"\bpl[aá]tanos? fritos?\b", "fried plantain"),
    # West African puff-puff: small fried dough balls (miniature cake doughnuts)
    (r"\bpuff[- ]?puffs?\b", "puffpuff"),
    # Tim Hortons' Timbits: miniature cake doughnuts
    (r"\btimbits?\b", "timbit"),
    # tea "white" (British: with milk), builder's tea: tea with milk
    (r"\btea,? white\b|\bbuilder'?s'? tea\b", "milk tea"),
    # a Sunday roast (or Sunday dinner) is the meal, like "dinner": what it was follows
    (r"\b(?:went (?:out )?for|had|did|made) (?:a |our |the )?sunday (?:roast|dinner|lunch)\b", ","),
    # "jerk chicken, jerk style": a seasoning on a roasted or grilled meat
    (r"\bjerk[- ]style\b", "jerk"),
)
REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in _REWRITE_TABLE
)
# One test before the rewrites: most texts hold none of these words.
_ANY_REWRITE = re.compile(
    r"rice|peas|beans|arroz|gallo|moros|flat|long|fizzy|sparkling|squash|cordial|semi|"
    r"full|homo|sausage|bread|toad|bubble|pl[aá]tano|puff|timbit|jerk|tea|sunday|"
    r"tart|stack|onion|decaf|fr[yi]|bacn"
)


def rewrite(text: str) -> str:
    """The lower-cased ``text`` with regional names said in USDA's words."""
    if not _ANY_REWRITE.search(text):
        return text
    for pattern, replacement in REWRITES:
        text = pattern.sub(replacement, text)
    return text


# --- words ---------------------------------------------------------------------------------
# British, Irish, Australian/NZ and Canadian words (singular, as tokenised) -> USDA words.
DIALECT_WORDS: dict[str, str] = {
    "crisp": "potato chip",  # "a packet of crisps" (fruit crisps: see FRUIT_CRISPS)
    "cuppa": "tea hot milk",  # a cup of tea, British style: with milk
    "porridge": "oatmeal",  # British porridge is oats ("rice porridge": congee, below)
    "weetabix": "cereal shredded wheat plain", "weet-bix": "cereal shredded wheat plain",
    "digestive": "graham cracker",  # a digestive biscuit
    "chipolata": "pork sausage",
    "butty": "sandwich", "buttie": "sandwich", "sarnie": "sandwich", "sarny": "sandwich",
    "sanger": "sandwich", "sanga": "sandwich", "bap": "roll",
    "tattie": "potato", "tatty": "potato",
    "mash": "potato mashed",  # "sausage and mash", "a cup of mash"
    "jacket": "baked peel eaten",  # a jacket potato is baked and eaten in its skin
    "lager": "beer", "stout": "beer",
    "sultana": "raisin", "beetroot": "beet", "swede": "rutabaga", "mangetout": "snow pea",
    "gammon": "ham", "peameal": "canadian bacon",
    "milo": "milk malted", "horlick": "milk malted",  # malted milk drinks
    "biccy": "cookie", "bikkie": "cookie", "bickie": "cookie", "choccy": "chocolate",
    "snag": "sausage", "avo": "avocado", "brekky": "breakfast", "strawb": "strawberry",
    "cordial": "fruit flavored drink", "takeaway": "takeout", "fizzy": "soft drink",
    "treacle": "molasses", "candyfloss": "cotton candy",
}  # fmt: skip
# Home-kitchen words from Spanish, Tagalog, Hindi/Urdu, West African and Caribbean cooking.
DISH_WORDS: dict[str, str] = {
    # Spanish
    "pollo": "chicken", "carne": "beef", "res": "beef", "cerdo": "pork", "puerco": "pork",
    "pescado": "fish", "camarone": "shrimp", "frijole": "beans", "frijol": "beans",
    "habichuela": "beans", "arroz": "rice", "huevo": "egg", "negro": "black",
    "platano": "plantain", "tostone": "plantain cooked oil", "maduro": "plantain cooked oil",
    "tamal": "tamale", "guisado": "stewed", "picadillo": "stewed seasoned ground beef",
    "beansandrice": "beans and rice",
    # Filipino
    "pancit": "chicken chow mein noodles", "lumpia": "egg roll", "longganisa": "pork sausage",
    "sinangag": "rice fried meatless",
    # South Asian
    "dahl": "dal", "dhal": "dal", "daal": "dal", "chole": "chickpeas", "chhole": "chickpeas",
    "channa": "chickpeas", "chapati": "chappatti", "chapatti": "chappatti", "aloo": "potato",
    "raita": "yogurt plain whole milk",
    # West African and Caribbean
    "jollof": "rice tomato-based sauce", "suya": "beef shish kabob", "jerk": "grilled",
    # British savoury names kept whole by REWRITES
    "piginablanket": "pig in a blanket", "puffpuff": "doughnut cake",
    "timbit": "doughnut cake",
    "stirfry": "stir fry",  # a stir fry, not french fries (REWRITES keeps it one word)
}  # fmt: skip
REGIONAL_WORDS: dict[str, str] = {**DIALECT_WORDS, **DISH_WORDS}

# Fruit crisps are desserts ("apple crisp"): "crisp" after a fruit keeps its US sense.
FRUIT_CRISPS = frozenset(
    (fruit, "crisp")
    for fruit in ("apple", "peach", "cherry", "berry", "blueberry", "rhubarb", "pear", "fruit")
)

# --- phrases (the matcher's words, after REGIONAL_WORDS) -----------------------------------
REGIONAL_PHRASES: dict[str, str] = {
    # a biscuit in British English is a cookie when it is named by its kind
    "chocolate biscuit": "cookie chocolate icing filling",
    "shortbread biscuit": "shortbread cookie", "ginger biscuit": "cookie gingersnap",
    "oat biscuit": "cookie oatmeal", "graham cracker biscuit": "graham cracker",
    # British / Australian sweets and creams
    "ice lolly": "popsicle", "double cream": "cream heavy", "single cream": "cream light",
    "fairy cake": "cupcake", "icing sugar": "sugar powdered", "caster sugar": "sugar",
    # "mince" alone is beef mince
    "ground": "beef ground",
    # rice porridge is congee; okra soup (West Africa) is okra cooked in oil
    "rice oatmeal": "congee", "okra soup": "okra fat added",
    # chow mein as ordered is the noodle dish (USDA: "... chow mein or chop suey with
    # noodles"), not the crunchy "Noodles, chow mein" alone
    "chow mein": "chow mein chop suey noodle",
}  # fmt: skip

# --- what one piece of these is, in the words of USDA's portions --------------------------
# A Weetabix is one rectangular wheat biscuit, a digestive one large rectangular biscuit
# (USDA's graham cracker "1 large rectangular piece"), a chipolata a thin breakfast link, a
# Timbit or a puff-puff a miniature doughnut, a tostón or maduro a slice of plantain, a
# kebab or suya a skewer ("1 shishkabob"), a string cheese one stick.
PIECE_WORDS: dict[str, tuple[str, ...]] = {
    "weetabix": ("rectangular", "biscuit"), "weet-bix": ("rectangular", "biscuit"),
    "digestive": ("large", "rectangular", "piece"),
    "chipolata": ("breakfast", "link"),
    "timbit": ("miniature",), "puffpuff": ("miniature",),
    "tostone": ("slice",), "maduro": ("slice",),  # fried plantain pieces
    "skewer": ("shishkabob",), "kebab": ("shishkabob",), "kabob": ("shishkabob",),
    "string": ("stick",),  # a string cheese is USDA's "1 stick"
}  # fmt: skip


# (these words name a portion, never a food, when they come from this table)
PIECE_VOCAB = frozenset(w for words in PIECE_WORDS.values() for w in words)


def piece_words(words: set[str]) -> set[str]:
    """The USDA portion words the regional names among ``words`` stand for."""
    extra: set[str] = set()
    for word in words & PIECE_WORDS.keys():
        extra.update(PIECE_WORDS[word])
    return extra

"""Chat wording turned into plain words before the intent rules read a message.

People type to a diet app the way they text: food emoji instead of food names ("🥑
calories?", "🍕🍕🍕 how bad"), dropped vowels in the question words ("hw mny cals"),
"n" for "in". The rules are written for plain words, so these are rewritten first; the
safety gate reads the original message, never this rewrite.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Food emoji (Unicode "food-fruit", "food-vegetable", "food-prepared", "drink" groups) as
# the food a person means, singular and plural. Pizza is a slice, as the emoji shows.
FOOD_EMOJI: dict[str, tuple[str, str]] = {
    "🍏": ("green apple", "green apples"),
    "🍎": ("apple", "apples"),
    "🍐": ("pear", "pears"),
    "🍊": ("orange", "oranges"),
    "🍋": ("lemon", "lemons"),
    "🍌": ("banana", "bananas"),
    "🍉": ("slice of watermelon", "slices of watermelon"),
    "🍇": ("cup of grapes", "cups of grapes"),
    "🍓": ("cup of strawberries", "cups of strawberries"),
    "🫐": ("cup of blueberries", "cups of blueberries"),
    "🍈": ("melon", "melons"),
    "🍒": ("cup of cherries", "cups of cherries"),
    "🍑": ("peach", "peaches"),
    "🥭": ("mango", "mangoes"),
    "🍍": ("cup of pineapple", "cups of pineapple"),
    "🥥": ("cup of coconut", "cups of coconut"),
    "🥝": ("kiwi", "kiwis"),
    "🍅": ("tomato", "tomatoes"),
    "🥑": ("avocado", "avocados"),
    "🍆": ("eggplant", "eggplants"),
    "🥔": ("potato", "potatoes"),
    "🥕": ("carrot", "carrots"),
    "🌽": ("ear of corn", "ears of corn"),
    "🥒": ("cucumber", "cucumbers"),
    "🥬": ("cup of lettuce", "cups of lettuce"),
    "🥦": ("cup of broccoli", "cups of broccoli"),
    "🍄": ("cup of mushrooms", "cups of mushrooms"),
    "🥜": ("ounce of peanuts", "ounces of peanuts"),
    "🌰": ("ounce of chestnuts", "ounces of chestnuts"),
    "🍞": ("slice of bread", "slices of bread"),
    "🥐": ("croissant", "croissants"),
    "🥖": ("baguette", "baguettes"),
    "🥨": ("pretzel", "pretzels"),
    "🥯": ("bagel", "bagels"),
    "🥞": ("pancake", "pancakes"),
    "🧇": ("waffle", "waffles"),
    "🧀": ("slice of cheese", "slices of cheese"),
    "🍖": ("serving of meat", "servings of meat"),
    "🍗": ("chicken drumstick", "chicken drumsticks"),
    "🥩": ("steak", "steaks"),
    "🥓": ("slice of bacon", "slices of bacon"),
    "🍔": ("hamburger", "hamburgers"),
    "🍟": ("serving of french fries", "servings of french fries"),
    "🍕": ("slice of pizza", "slices of pizza"),
    "🌭": ("hot dog", "hot dogs"),
    "🥪": ("sandwich", "sandwiches"),
    "🌮": ("taco", "tacos"),
    "🌯": ("burrito", "burritos"),
    "🥙": ("pita sandwich", "pita sandwiches"),
    "🥚": ("egg", "eggs"),
    "🍳": ("fried egg", "fried eggs"),
    "🥘": ("bowl of stew", "bowls of stew"),
    "🍲": ("bowl of stew", "bowls of stew"),
    "🥣": ("bowl of cereal", "bowls of cereal"),
    "🥗": ("salad", "salads"),
    "🍿": ("cup of popcorn", "cups of popcorn"),
    "🧈": ("tablespoon of butter", "tablespoons of butter"),
    "🍚": ("cup of rice", "cups of rice"),
    "🍛": ("serving of curry with rice", "servings of curry with rice"),
    "🍜": ("bowl of ramen", "bowls of ramen"),
    "🍝": ("cup of spaghetti", "cups of spaghetti"),
    "🍣": ("piece of sushi", "pieces of sushi"),
    "🍤": ("fried shrimp", "fried shrimp"),
    "🥟": ("dumpling", "dumplings"),
    "🍦": ("ice cream cone", "ice cream cones"),
    "🍨": ("cup of ice cream", "cups of ice cream"),
    "🍩": ("doughnut", "doughnuts"),
    "🍪": ("cookie", "cookies"),
    "🎂": ("slice of cake", "slices of cake"),
    "🍰": ("slice of cake", "slices of cake"),
    "🧁": ("cupcake", "cupcakes"),
    "🥧": ("slice of pie", "slices of pie"),
    "🍫": ("chocolate bar", "chocolate bars"),
    "🍬": ("piece of candy", "pieces of candy"),
    "🍭": ("lollipop", "lollipops"),
    "🍯": ("tablespoon of honey", "tablespoons of honey"),
    "🥛": ("glass of milk", "glasses of milk"),
    "☕": ("cup of coffee", "cups of coffee"),
    "🍵": ("cup of tea", "cups of tea"),
    "🧃": ("juice box", "juice boxes"),
    "🥤": ("can of soda", "cans of soda"),
    "🧋": ("bubble tea", "bubble teas"),
    "🍺": ("beer", "beers"),
    "🍻": ("beer", "beers"),
    "🍷": ("glass of wine", "glasses of wine"),
    "🥂": ("glass of champagne", "glasses of champagne"),
    "🍸": ("cocktail", "cocktails"),
    "🍹": ("cocktail", "cocktails"),
    "🥃": ("shot of whiskey", "shots of whiskey"),
}
# A run of the same emoji (with optional variation selectors and spaces between them).
_EMOJI_RUN = re.compile(
    "(" + "|".join(re.escape(e) for e in sorted(FOOD_EMOJI, key=len, reverse=True)) + ")"
    r"(?:[\ufe0f\s]*\1)*[\ufe0f]?"
)
# Texting shorthand of the words questions are built from. Only words that mean nothing
# else in a food question are rewritten ("n" only between a nutrient word and a food).
SHORTHAND = {
    "hw": "how",
    "hwo": "how",
    "mny": "many",
    "mch": "much",
    "wat": "what",
    "wut": "what",
    "wot": "what",
    "sumthing": "something",
    "sumthin": "something",
    "smth": "something",
    "eet": "eat",
    "wht": "what",
    "whats": "what is",
    "hows": "how is",
    "r": "are",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "bc": "because",
    "abt": "about",
    "w/": "with",
    "w/o": "without",
    "lst": "last",
    "shud": "should",
    "shld": "should",
    "wud": "would",
    "cud": "could",
    "gud": "good",
    "b4": "before",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmro": "tomorrow",
    "yest": "yesterday",
    "wk": "week",
    "wks": "weeks",
    "tday": "today",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "prolly": "probably",
    "brekkie": "breakfast",
    "brekky": "breakfast",
    "b'fast": "breakfast",
    "dinr": "dinner",
    "lnch": "lunch",
    "2nite": "tonight",
    "tonite": "tonight",
    "hav": "have",
    "ova": "over",
    "wanna": "want to",
    "gonna": "going to",
}
# Digits used as words: "4 dinner" (for), "2 much" (too), only where the next word shows it.
_DIGIT_WORDS = (
    (
        re.compile(
            r"\b4 (?=(breakfast|lunch|dinner|supper|snacks?|me|you|a|an|the|my|weight|fat)\b)"
        ),
        "for ",
    ),
    (re.compile(r"\b2 (?=(much|many|little|few|late|early|fast|slow)\b)"), "too "),
)
# Words the intent rules are built on, and their one-typo neighbours are corrected to them
# ("calries", "sugr", "protin", "yesterdy"). Short words have too many neighbours to do so.
KEYWORDS = (
    "calories", "calorie", "protein", "carbs", "sugar", "fiber", "sodium", "potassium",
    "calcium", "cholesterol", "saturated", "breakfast", "dinner", "lunch", "snack", "snacks",
    "yesterday", "today", "weight", "weigh", "should", "target", "remaining", "tonight",
    "tomorrow", "suggest", "vegetarian", "vegan", "gluten", "dairy", "healthy",
    # Topic words of questions the knowledge base answers ("is creatien safe"): a typo there
    # leaves no word for the search to match.
    "creatine", "caffeine", "sweetener", "sweeteners", "supplement", "supplements",
    "vitamin", "vitamins", "magnesium", "collagen", "electrolytes", "intermittent",
    "fasting", "metabolism", "carbohydrates", "hydration", "recovery", "soreness",
)  # fmt: skip
_SHORTHAND = re.compile(r"(?<![\w/])(" + "|".join(re.escape(k) for k in SHORTHAND) + r")(?![\w/])")
_N_FOR_IN = re.compile(r"\b(cals?|calories|kcals?|protein|carbs?|fat|sugar|fib(?:er|re))\s+n\s+")


def _emoji_words(match: re.Match[str]) -> str:
    emoji = match.group(1)
    count = match.group(0).count(emoji)
    singular, plural = FOOD_EMOJI[emoji]
    return f" {count} {plural} " if count > 1 else f" 1 {singular} "


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word`` (Norvig, "How to Write a Spelling Corrector")."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return set(
        [a + b[1:] for a, b in splits if b]
        + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
        + [a + c + b[1:] for a, b in splits if b for c in letters]
        + [a + c + b for a, b in splits for c in letters]
    )


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Words we know are spelt right: the keywords and every word of the knowledge base."""
    from domain.assistant.knowledge import KNOWLEDGE_FILE

    text = KNOWLEDGE_FILE.read_text(encoding="utf-8").lower()
    return frozenset(re.findall(r"[a-z]+", text)) | frozenset(KEYWORDS)


@lru_cache(maxsize=1)
def _keyword_neighbours() -> dict[str, str]:
    """Each one-edit misspelling of a keyword -> the keyword (ambiguous ones left out)."""
    known = known_words()
    neighbours: dict[str, str] = {}
    ambiguous: set[str] = set()
    for keyword in KEYWORDS:
        for edit in _edits(keyword):
            if edit in known or len(edit) < 4:
                continue
            if edit in neighbours and neighbours[edit] != keyword:
                ambiguous.add(edit)
            neighbours[edit] = keyword
    return {k: v for k, v in neighbours.items() if k not in ambiguous}


def plain_words(text: str) -> str:
    """``text`` (lower-case) with food emoji named, texting shorthand spelled out and
    one-letter typos of the rules' keywords corrected."""
    text = _EMOJI_RUN.sub(_emoji_words, text)
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)  # "sooooo hungry" -> "soo hungry"
    text = _SHORTHAND.sub(lambda m: SHORTHAND[m.group(1)], text)
    for pattern, word in _DIGIT_WORDS:
        text = pattern.sub(word, text)
    neighbours = _keyword_neighbours()
    text = re.sub(r"[a-z]+", lambda m: neighbours.get(m.group(0), m.group(0)), text)
    text = _N_FOR_IN.sub(lambda m: f"{m.group(1)} in ", text)
    return re.sub(r"\s+", " ", text).strip()


# British food names the catalog (USDA) spells the American way. Only names with one
# meaning in a food question: "chips" (fries or crisps) and "biscuit" are left alone.
UK_FOOD_WORDS: dict[str, str] = {
    "crisps": "potato chips",
    "crisp": "potato chip",
    "porridge": "oatmeal",
    "courgette": "zucchini",
    "courgettes": "zucchini",
    "aubergine": "eggplant",
    "aubergines": "eggplants",
    "jacket potato": "baked potato",
    "jacket potatoes": "baked potatoes",
    "fizzy drink": "soda",
    "fizzy drinks": "sodas",
    "beetroot": "beets",
    "mangetout": "snow peas",
    "swede": "rutabaga",
    "spring onion": "green onion",
    "spring onions": "green onions",
    "double cream": "heavy cream",
    "single cream": "light cream",
    "candyfloss": "cotton candy",
    "candy floss": "cotton candy",
    "ice lolly": "popsicle",
    "ice lollies": "popsicles",
    "yoghurt": "yogurt",
    "yoghurts": "yogurts",
    "prawn": "shrimp",
    "prawns": "shrimp",
}
# "apple crisp" (a baked dessert) keeps its name.
_UK_FOOD = re.compile(
    r"\b(?<!apple )(?<!berry )("
    + "|".join(sorted(map(re.escape, UK_FOOD_WORDS), key=len, reverse=True))
    + r")\b"
)


def us_food_names(food: str) -> str:
    """``food`` (lower-case) with British food names as the catalog spells them."""
    return _UK_FOOD.sub(lambda m: UK_FOOD_WORDS[m.group(1)], food)

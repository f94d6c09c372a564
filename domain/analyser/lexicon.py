"""The analyser's vocabulary: numbers, units, sizes, preparation words and synonyms.

Everything here is data, so the parser and matcher stay small and a reviewer can check
the assumptions in one place.
"""

from __future__ import annotations

# --- quantities -------------------------------------------------------------------------
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "half": 0.5, "quarter": 0.25, "dozen": 12, "couple": 2, "pair": 2, "single": 1,
    "double": 2, "triple": 3,
}  # fmt: skip
# Vague amounts: a number is assumed and the item says so in its notes.
VAGUE_NUMBERS: dict[str, float] = {"few": 3, "several": 3}

UNICODE_FRACTIONS = {
    "½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5",
    "⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8",
    "⅞": "7/8",
}  # fmt: skip

# --- units ------------------------------------------------------------------------------
GRAMS_PER = {"g": 1.0, "kg": 1000.0, "mg": 0.001, "oz": 28.349523, "lb": 453.59237}
ML_PER = {
    "ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0, "cup": 236.588, "tbsp": 14.787,
    "tsp": 4.929, "floz": 29.5735, "pint": 473.176, "quart": 946.353,
}  # fmt: skip
# Counted units: converted with the food's own USDA portion of that name.
COUNT_UNITS = frozenset(
    {
        "slice", "piece", "serving", "can", "bottle", "bar", "scoop", "fillet", "patty",
        "link", "strip", "stick", "clove", "packet", "bag", "container", "leaf", "pat",
        "square", "wedge", "stalk", "spear", "sprig", "cube", "bowl", "jigger", "shot",
        "package", "pie", "cookie", "roll", "sandwich", "order", "block", "envelope",
        "carton", "box", "jar", "cake", "ring",
    }
)  # fmt: skip

UNIT_ALIASES: dict[str, str] = {
    # mass
    "g": "g", "gr": "g", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "gm": "g",
    "gms": "g", "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg",
    "kilograms": "kg", "mg": "mg", "milligram": "mg", "milligrams": "mg", "oz": "oz",
    "ozs": "oz", "ounce": "oz", "ounces": "oz", "lb": "lb", "lbs": "lb", "pound": "lb",
    "pounds": "lb",
    # volume
    "ml": "ml", "mls": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "cl": "cl", "dl": "dl", "l": "l", "liter": "l", "liters": "l",
    "litre": "l", "litres": "l", "ltr": "l", "cup": "cup", "cups": "cup", "c": "cup",
    "tbsp": "tbsp", "tbsps": "tbsp", "tbs": "tbsp", "tbl": "tbsp", "tbls": "tbsp",
    "tablespoon": "tbsp", "tablespoons": "tbsp", "tsp": "tsp", "tsps": "tsp",
    "teaspoon": "tsp", "teaspoons": "tsp", "floz": "floz", "pint": "pint", "pints": "pint",
    "quart": "quart", "quarts": "quart", "qt": "quart",
    # a glass: the drink's USDA serving (wine: 5 fl oz) or one US cup; a mug: one cup
    "glass": "glass", "glasses": "glass", "mug": "cup", "mugs": "cup",
    # counted
    "slice": "slice", "slices": "slice", "piece": "piece", "pieces": "piece", "pc": "piece",
    "pcs": "piece", "serving": "serving", "servings": "serving", "portion": "serving",
    "portions": "serving", "helping": "serving", "helpings": "serving", "side": "serving",
    "plate": "serving", "plateful": "serving", "can": "can", "cans": "can",
    "tin": "can", "tins": "can", "bottle": "bottle", "bottles": "bottle", "bar": "bar",
    "bars": "bar", "scoop": "scoop", "scoops": "scoop", "fillet": "fillet",
    "fillets": "fillet", "filet": "fillet", "filets": "fillet", "patty": "patty",
    "patties": "patty", "link": "link", "links": "link", "strip": "strip", "strips": "strip",
    "rasher": "slice", "rashers": "slice", "stick": "stick", "sticks": "stick",
    "clove": "clove", "cloves": "clove", "packet": "packet", "packets": "packet",
    "sachet": "packet", "bag": "bag", "bags": "bag", "container": "container",
    "containers": "container", "tub": "container", "box": "box", "boxes": "box", "leaf": "leaf",
    "leaves": "leaf", "pat": "pat", "pats": "pat", "square": "square", "squares": "square",
    "wedge": "wedge", "wedges": "wedge", "stalk": "stalk", "stalks": "stalk",
    "spear": "spear", "spears": "spear", "sprig": "sprig", "sprigs": "sprig",
    "cube": "cube", "cubes": "cube", "bowl": "bowl", "bowls": "bowl", "bowlful": "bowl",
    "jigger": "jigger", "shot": "shot", "shots": "shot", "package": "package",
    "packages": "package", "carton": "carton", "jar": "jar", "handful": "handful",
    "handfuls": "handful", "block": "block", "envelope": "envelope",
    # Spanish "taza" (a cup), said by people who log in Spanish and English
    "taza": "cup", "tazas": "cup",
}  # fmt: skip
TWO_WORD_UNITS = {
    ("fl", "oz"): "floz", ("fl", "ounce"): "floz", ("fl", "ounces"): "floz",
    ("fluid", "ounce"): "floz", ("fluid", "ounces"): "floz", ("fl.", "oz"): "floz",
}  # fmt: skip
# A handful (of nuts, berries, chips) is read as one ounce, the usual serving guidance.
HANDFUL_GRAMS = 28.35
# A shot of a spirit is a US jigger (1.5 fl oz); of espresso, one fl oz.
SHOT_FLOZ = {"espresso": 1.0}
SHOT_FLOZ_DEFAULT = 1.5

# --- sizes ------------------------------------------------------------------------------
SIZE_WORDS: dict[str, str] = {
    "small": "small", "medium": "medium", "large": "large", "big": "large", "huge": "large",
    "jumbo": "jumbo", "mini": "mini", "regular": "medium", "average": "medium",
    "med": "medium", "lg": "large", "sm": "small", "xl": "extra large",
    "sml": "small", "lrg": "large", "lge": "large",
}  # fmt: skip
# USDA's own size words in portion names, in the order they are tested.
PORTION_SIZES = ("extra large", "extra small", "jumbo", "mini", "large", "medium", "small")
# The size assumed when none is given; eggs are specified "large" by convention
# (US recipes and USDA's reference egg), everything else medium.
DEFAULT_SIZE = {"egg": "large"}

# --- preparation ------------------------------------------------------------------------
# A preparation word -> the catalog forms that satisfy it, best first.
PREPARATIONS: dict[str, tuple[str, ...]] = {
    "grilled": ("grilled", "broiled", "roasted", "cooked"),
    "broiled": ("broiled", "grilled", "roasted", "cooked"),
    "roasted": ("roasted", "roast", "baked", "broiled", "cooked"),
    "roast": ("roasted", "roast", "baked", "cooked"),
    "baked": ("baked", "roasted", "oven-baked", "cooked"),
    "boiled": ("boiled", "hard-boiled", "simmered", "stewed", "cooked"),
    "hard-boiled": ("hard-boiled", "boiled"),
    "soft-boiled": ("hard-boiled", "boiled", "poached"),
    "steamed": ("steamed", "boiled", "cooked"),
    "fried": ("fried", "pan-fried", "deep-fried", "oil-roasted", "cooked"),
    "pan-fried": ("pan-fried", "fried"),
    "deep-fried": ("fried", "deep-fried"),
    "scrambled": ("scrambled",),
    "poached": ("poached", "simmered", "boiled", "cooked"),
    "stewed": ("stewed", "braised", "simmered", "cooked"),
    "braised": ("braised", "stewed", "simmered", "cooked"),
    "sauteed": ("fried", "pan-fried", "cooked"),
    "cooked": ("cooked", "boiled", "roasted", "prepared", "baked"),
    "raw": ("raw", "fresh"),
    "dry": ("dry", "uncooked", "raw"),
    "uncooked": ("dry", "uncooked", "raw"),
    "toasted": ("toasted", "toast"),
    "mashed": ("mashed",),
    "canned": ("canned",),
    "smoked": ("smoked",),
    "dried": ("dried",),
}  # fmt: skip
PREP_ALIASES = {
    "jerk": "grilled",  # Caribbean jerk: spiced and grilled or roasted
    "barbecued": "grilled", "bbq": "grilled", "chargrilled": "grilled", "char-grilled": "grilled",
    "sautéed": "sauteed", "saute": "sauteed", "stir-fried": "fried", "hardboiled": "hard-boiled",
    "softboiled": "soft-boiled", "pan-seared": "fried", "seared": "fried",
    "oven-roasted": "roasted", "microwaved": "cooked", "fresh": "raw",
}  # fmt: skip
# Words of catalog names that say how a food was prepared (not what it is).
FORM_WORDS = frozenset(
    {
        "raw", "cooked", "roasted", "roast", "grilled", "broiled", "baked", "boiled",
        "hard-boiled", "fried", "pan-fried", "deep-fried", "steamed", "stewed", "braised",
        "simmered", "scrambled", "poached", "prepared", "dry", "uncooked", "oven-baked",
        "toasted", "canned", "smoked", "dried", "oil-roasted", "fresh", "mashed",
    }
)  # fmt: skip
# With no preparation asked, the form people mean when they log a food, best first
# (cooked forms before raw and dry ones: logged meals are mostly eaten cooked).
NEUTRAL_FORM_COST: dict[str, float] = {
    "cooked": 0.15, "prepared": 0.15, "roasted": 0.2, "roast": 0.2, "grilled": 0.25,
    "broiled": 0.3, "baked": 0.3, "boiled": 0.3, "steamed": 0.35, "stewed": 0.4,
    "braised": 0.4, "simmered": 0.4, "fresh": 0.2, "raw": 0.45, "canned": 0.5,
    "toasted": 0.6, "fried": 0.6, "pan-fried": 0.6, "oven-baked": 0.5, "poached": 0.6,
    "scrambled": 0.6, "hard-boiled": 0.6, "deep-fried": 0.7, "smoked": 0.7,
    "oil-roasted": 0.7, "dried": 0.8, "dry": 0.9, "uncooked": 0.9, "mashed": 0.6,
}  # fmt: skip

# --- matching ---------------------------------------------------------------------------
# Words in a meal line that carry no food identity (dropped before matching).
FILLER_WORDS = frozenset(
    {
        "of", "some", "the", "my", "x", "approx", "approximately", "about", "around", "roughly",
        "bit", "little", "homemade", "home-made", "organic", "delicious", "yummy", "tasty",
        "freshly", "lightly", "nice", "serving", "portion", "bowl", "plate", "side", "baby",
    }
)  # fmt: skip
# Words that never count against a catalog name (qualifiers of no consequence).
NEUTRAL_NAME_WORDS = frozenset({"plain", "regular", "all", "type", "style", "commercial"})

# Spelling and regional variants, replaced word by word wherever they appear.
WORD_SYNONYMS: dict[str, str] = {
    "yoghurt": "yogurt", "yogourt": "yogurt", "donut": "doughnut", "courgette": "zucchini",
    "aubergine": "eggplant", "expresso": "espresso", "prawn": "shrimp", "omelette": "omelet",
    "wholemeal": "whole wheat", "wholewheat": "whole wheat", "wholegrain": "whole wheat",
    "capsicum": "bell pepper", "coriander": "cilantro", "scallion": "green onion",
    "garbanzo": "chickpea", "mince": "ground", "minced": "ground", "filet": "fillet",
    "hamburguer": "hamburger", "catsup": "ketchup", "mayo": "mayonnaise",
    "tinned": "canned", "skimmed": "skim", "semi-skimmed": "2%", "veggie": "vegetable",
}  # fmt: skip

# Everyday names of a whole item -> a catalog food's common name (the default meant by a
# bare word: "rice" is cooked white rice) or other catalog words ("oj" -> orange juice).
# A default is a preference, not a replacement: "fried rice" still finds fried rice.
SYNONYMS: dict[str, str] = {
    # drinks
    "oj": "orange juice", "coffee": "coffee", "black coffee": "coffee",
    "americano": "coffee", "filter coffee": "coffee", "brewed coffee": "coffee",
    "expresso": "espresso", "tea": "black tea", "cuppa": "black tea", "cup of tea": "black tea",
    "soda": "cola", "coke": "cola", "pop": "cola", "soft drink": "cola", "diet coke": "diet cola",
    "sprite": "lemon-lime soda", "7up": "lemon-lime soda", "red bull": "energy drink",
    "water": "tap water", "milk": "milk (2% fat)", "semi-skimmed milk": "milk (2% fat)",
    "skimmed milk": "skim milk", "nonfat milk": "skim milk", "full fat milk": "whole milk",
    "full-fat milk": "whole milk", "juice": "orange juice", "apple cider": "apple juice",
    "vino": "wine", "lager": "beer", "ale": "beer", "pint of beer": "beer",
    "whiskey": "spirits (vodka, gin, rum, whiskey)", "whisky": "spirits (vodka, gin, rum, whiskey)",
    "vodka": "spirits (vodka, gin, rum, whiskey)", "gin": "spirits (vodka, gin, rum, whiskey)",
    "rum": "spirits (vodka, gin, rum, whiskey)", "protein shake": "whey protein powder",
    "protein powder": "whey protein powder", "whey": "whey protein powder",
    "cocoa": "hot cocoa mix", "hot chocolate": "hot cocoa mix",
    # breakfast
    "toast": "white toast", "brown toast": "whole wheat toast",
    "wholemeal toast": "whole wheat toast",
    "wholewheat toast": "whole wheat toast", "bread": "white bread",
    "brown bread": "whole wheat bread", "wholemeal bread": "whole wheat bread",
    "wholewheat bread": "whole wheat bread", "porridge": "oatmeal (cooked)",
    "oatmeal": "oatmeal (cooked)", "oats": "rolled oats (dry)", "rolled oats": "rolled oats (dry)",
    "granola": "granola (homemade)", "cereal": "corn flakes", "cornflakes": "corn flakes",
    "yoghurt": "yogurt", "yogurt": "plain yogurt (low fat)", "greek yoghurt": "greek yogurt",
    "greek yogurt": "greek yogurt (plain, nonfat)", "pancake": "pancakes",
    "hotcake": "pancakes", "waffles": "waffle", "donut": "glazed doughnut",
    "doughnut": "glazed doughnut", "pb": "peanut butter", "jelly": "jelly", "jam": "jam",
    "eggs": "egg", "hash brown": "hash brown patty", "hashbrowns": "hash brown patty",
    "hash browns": "hash brown patty",
    # mains
    "rice": "white rice (cooked)", "steamed rice": "white rice (cooked)",
    "brown rice": "brown rice (cooked)", "pasta": "pasta (cooked)",
    "spaghetti": "pasta (cooked)", "penne": "pasta (cooked)", "macaroni": "pasta (cooked)",
    "fusilli": "pasta (cooked)", "noodles": "egg noodles (cooked)",
    "mac and cheese": "macaroni and cheese", "mac n cheese": "macaroni and cheese",
    "mac & cheese": "macaroni and cheese", "quinoa": "quinoa (cooked)",
    "couscous": "couscous (cooked)", "lentils": "lentils (cooked)",
    "chickpeas": "chickpeas (cooked)", "garbanzo beans": "chickpeas (cooked)",
    "black beans": "black beans (cooked)", "kidney beans": "kidney beans (cooked)",
    "chicken": "roast chicken (meat only)", "chicken breast": "chicken breast (roasted)",
    "chicken thigh": "chicken thigh (roasted)", "chicken wing": "chicken wings (roasted)",
    "chicken drumstick": "chicken drumstick (roasted)", "turkey": "roast turkey (meat only)",
    "steak": "sirloin steak (broiled)", "beef steak": "sirloin steak (broiled)",
    "sirloin": "sirloin steak (broiled)", "ribeye": "ribeye steak (grilled)",
    "ground beef": "ground beef (cooked, 85%)", "minced beef": "ground beef (cooked, 85%)",
    "beef mince": "ground beef (cooked, 85%)", "mince": "ground beef (cooked, 85%)",
    "burger": "hamburger", "beef burger": "hamburger", "pork chop": "boneless pork chop (broiled)",
    "bacon": "bacon (cooked)", "sausage": "pork sausage (cooked)",
    "sausages": "pork sausage (cooked)", "ham": "sliced ham", "salmon": "salmon (farmed, cooked)",
    "salmon fillet": "salmon (farmed, cooked)", "tuna": "canned tuna (light, in water)",
    "cod": "cod (cooked)", "tilapia": "tilapia (cooked)", "shrimp": "shrimp (cooked)",
    "fish": "cod (cooked)", "white fish": "cod (cooked)",
    "prawn": "shrimp (cooked)", "prawns": "shrimp (cooked)", "tofu": "tofu (firm)",
    "fries": "french fries", "chips": "potato chips", "crisps": "potato chips",
    "mash": "mashed potatoes", "mashed potato": "mashed potatoes",
    "jacket potato": "baked potato", "spud": "potato", "pizza": "cheese pizza",
    "pizza slice": "cheese pizza", "hotdog": "hot dog (in bun)", "hot dog": "hot dog (in bun)",
    "ketchup": "ketchup", "catsup": "ketchup", "mayo": "mayonnaise", "dressing": "italian dressing",
    "salad dressing": "italian dressing", "cheese": "cheddar cheese", "parmesan": "parmesan cheese",
    "feta": "feta cheese", "mozzarella": "mozzarella (whole milk)", "cheddar": "cheddar cheese",
    "cottage cheese": "cottage cheese", "butter": "butter", "oil": "olive oil",
    "beans": "baked beans", "baked beans": "baked beans", "sweetcorn": "sweet corn",
    "corn": "sweet corn (cooked)", "peas": "green peas (cooked)",
    "green beans": "green beans (cooked)", "salad": "green leaf lettuce",
    "lettuce": "romaine lettuce", "mixed greens": "green leaf lettuce",
    "courgette": "zucchini", "aubergine": "eggplant", "capsicum": "red bell pepper",
    "bell pepper": "red bell pepper", "pepper": "red bell pepper", "scallion": "green onions",
    "spring onion": "green onions", "coriander": "cilantro", "veggies": "mixed vegetables (cooked)",
    "vegetables": "mixed vegetables (cooked)", "mixed veg": "mixed vegetables (cooked)",
    # snacks and sweets
    "nuts": "mixed nuts (roasted)", "mixed nuts": "mixed nuts (roasted)",
    "peanut": "dry roasted peanuts", "peanuts": "dry roasted peanuts",
    "cashew": "roasted cashews", "cashews": "roasted cashews", "popcorn": "popcorn (air-popped)",
    "chocolate": "milk chocolate", "choc": "milk chocolate", "biscuit": "biscuit",
    "cookie": "chocolate chip cookie", "cookies": "chocolate chip cookie",
    "ice cream": "vanilla ice cream", "icecream": "vanilla ice cream",
    "nutella": "chocolate hazelnut spread",
    "muffin": "blueberry muffin", "cake": "yellow cake with vanilla frosting",
    "pretzel": "pretzels", "crackers": "saltine crackers", "cracker": "saltine crackers",
    "trail mix": "trail mix with chocolate chips", "syrup": "maple syrup",
    "maple syrup": "maple syrup", "pb&j": "peanut butter", "raisin": "raisins",
    "clementine": "tangerine", "mandarin": "tangerine", "satsuma": "tangerine",
    "blueberry": "blueberries", "raspberry": "raspberries", "strawberry": "strawberries",
    "grape": "grapes", "cherry tomato": "tomato", "cherry tomatoes": "tomato",
}  # fmt: skip

# Items after "with" given no amount ("coffee with milk", "toast with butter") are small
# additions: this amount is assumed (catalog category or name -> unit and quantity) and the
# item's notes say so.
ADDITION_DEFAULTS: dict[str, tuple[float, str]] = {
    "butter": (1, "pat"), "margarine (tub)": (1, "tsp"), "margarine (stick)": (1, "tsp"),
    "milk (2% fat)": (2, "tbsp"), "whole milk": (2, "tbsp"), "skim milk": (2, "tbsp"),
    "milk (1% fat)": (2, "tbsp"), "half and half": (1, "tbsp"), "heavy cream": (1, "tbsp"),
    "sugar": (1, "tsp"), "brown sugar": (1, "tsp"), "honey": (1, "tbsp"),
}  # fmt: skip
ADDITION_CATEGORIES: dict[str, tuple[float, str]] = {
    "condiments": (1, "tbsp"), "fats_oils": (1, "tbsp"), "dairy": (1, "tbsp"),
    "sweets": (1, "tbsp"), "nuts_seeds": (1, "tbsp"),
}  # fmt: skip

# --- brands and chains ------------------------------------------------------------------
# Grocery brands USDA does not name, as the USDA words of the food they sell (the WWEIA
# kind: a lager is "Beer", a hard seltzer "Hard seltzer"). Keys are the brand's letters
# alone, so "white claw", "whiteclaw" and "White-Claw" are one brand. Brands USDA names
# in its own parentheses ("Cheez-It", "Fritos") are found from the catalog, not here.
BRAND_FOODS: dict[str, str] = {
    "modelo": "beer", "corona": "beer", "heineken": "beer", "budweiser": "beer",
    "stella": "beer", "michelob": "beer", "michelobultra": "beer light", "pacifico": "beer",
    "bluemoon": "beer", "coors": "beer", "millerlite": "beer light", "natlight": "beer light",
    "whiteclaw": "hard seltzer", "lacroix": "water carbonated flavored",
    "bubly": "water carbonated flavored", "coffeemate": "coffee creamer",
    "krispykreme": "doughnut", "cinnabon": "cinnamon bun frosted",
    "smoothieking": "fruit smoothie", "tropicalsmoothie": "fruit smoothie",
    "jambajuice": "fruit smoothie", "bluebox": "macaroni cheese packaged",
    "kraftdinner": "macaroni cheese packaged",
}  # fmt: skip
# Restaurant chains, as what they sell in USDA's words: these words rank the foods as hints
# (a KFC breast is the fried, coated, fast-food one), and stand for the food only when the
# line names nothing else ("popeyes", "a whataburger"). Keys as BRAND_FOODS'.
CHAIN_FOODS: dict[str, str] = {
    **{c: "chicken fried coated fast food" for c in ("kfc", "popeye", "church", "bojangle")},
    **{c: "chicken tender fast food" for c in ("cane", "raisingcane", "zaxby", "guthrie")},
    "chickfila": "chicken fillet sandwich fast food",
    **{
        c: "hamburger fast food"
        for c in (
            "whataburger", "innout", "mcdonald", "mcd", "wendy", "burgerking", "fiveguy",
            "sonic", "jackinthebox", "carlsjr", "hardee", "culver", "shakeshack", "whitecastle",
        )
    },
    "arby": "roast beef sandwich fast food",
    **{c: "pizza fast food" for c in ("littlecaesar", "domino", "pizzahut", "papajohn")},
    **{
        c: "restaurant"
        for c in (
            "olivegarden", "applebee", "redlobster", "ihop", "wafflehouse", "denny",
            "cheesecakefactory", "panera", "texasroadhouse", "outback", "crackerbarrel",
            "pfchang", "pandaexpres", "tgifriday", "redrobin",
        )
    },
    **{c: "fast food" for c in ("qdoba", "tacobell", "deltaco")},
    **{c: "" for c in ("starbuck", "dunkin", "jimmydean", "timhorton", "peet")},
    **{c: "submarine sandwich" for c in ("subway", "jerseymike", "jimmyjohn", "firehouse")},
}  # fmt: skip

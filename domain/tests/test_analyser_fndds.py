"""The FNDDS path of the analyser: mentions in free text, foods as eaten, USDA portions."""

from __future__ import annotations

import pytest

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.fndds_foods import foods_from_fndds
from domain.analyser.fndds_portions import FL_OZ_ML, grams_per_fl_oz
from domain.analyser.mentions import normalise, read_mention


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


def test_narrative_sentence_finds_both_foods_with_size_ruled_portions(analyser: Analyser) -> None:
    result = analyser.analyse(
        "During my snack time, I enjoyed a medium apple"
        " alongside a small bag of plain potato chips."
    )
    assert [i.food_code for i in result.items] == ["63101000", "71200100"]
    assert [i.portion for i in result.items] == ["1 medium", "1 small single serving bag"]
    assert not result.unmatched and not result.partial and result.coverage == 1.0


def test_stated_grams_are_used_exactly(analyser: Analyser) -> None:
    result = analyser.analyse("I grabbed 16g of peanut butter and a crunchy 165g raw apple.")
    assert [i.grams for i in result.items] == [16.0, 165.0]


def test_millilitres_go_through_the_fl_oz_portion(analyser: Analyser) -> None:
    item = analyser.analyse("250 ml orange juice").items[0]
    food = next(f for f in foods_from_fndds() if f.extra["food_code"] == item.food_code)
    per_floz = grams_per_fl_oz(food)
    assert per_floz is not None
    assert item.grams == pytest.approx(250 / FL_OZ_ML * per_floz, abs=0.1)


def test_correct_english_words_are_never_turned_into_foods(analyser: Analyser) -> None:
    result = analyser.analyse("2 slices of buttered toast")
    assert all("butterhead" not in i.food.lower() for i in result.items)
    assert analyser.fndds is not None and analyser.fndds.correct("brocoli") == "broccoli"
    assert analyser.fndds.correct("woke") is None


def test_unknown_part_makes_the_answer_partial(analyser: Analyser) -> None:
    result = analyser.analyse("a banana and 3 zorblaxes")
    assert len(result.items) == 1 and result.partial
    assert result.coverage == 0.5
    assert "zorblax" in result.unmatched[0].text
    assert result.as_dict()["partial"] is True


def test_filler_clauses_are_not_foods(analyser: Analyser) -> None:
    result = analyser.analyse("I woke up late and just had a banana.")
    assert len(result.items) == 1 and not result.unmatched


def test_unquantified_topping_gets_a_topping_amount(analyser: Analyser) -> None:
    result = analyser.analyse("turkey sandwich on wheat w/ mayo")
    mayo = result.items[-1]
    assert "mayonnaise" in mayo.food.lower() and mayo.grams < 30


def test_mention_reader_keeps_trailing_amounts_and_sizes() -> None:
    mention = read_mention(normalise("goldfish crackers 30g"))
    assert (mention.words, mention.quantity, mention.unit) == (["goldfish", "crackers"], 30, "g")
    mention = read_mention(normalise("a small bag of chips"))
    assert (mention.size, mention.unit, mention.words) == ("small", "bag", ["chips"])
    assert "1.5 cup" in normalise("a cup and a half of chili")

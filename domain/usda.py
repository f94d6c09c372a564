"""Readers for USDA's official food composition releases (plain Python, no Django).

Two formats arrive at the same shape, :class:`UsdaFood` (values per 100 g of edible
portion, nutrients keyed by SR nutrient number, household measures with gram weights):

* SR28 relational ASCII files (``FOOD_DES.txt``, ``NUT_DATA.txt`` or ``NUT_DATA.txt.gz``,
  ``WEIGHT.txt``, ``FD_GROUP.txt``): caret-separated, text fields in tildes, cp1252, CRLF.
* The FoodData Central CSV release (a folder or a zip): ``food.csv``,
  ``food_nutrient.csv``, ``food_portion.csv``, ``measure_unit.csv``, ``nutrient.csv``,
  ``sr_legacy_food.csv`` / ``foundation_food.csv`` and optionally ``food_category.csv``.

A nutrient with no row for a food is unknown for that food and stays absent (never 0).
Energy is USDA's own kcal value (SR 208 / FDC 1008), never recomputed from 4/4/9.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from domain.nutrients import NUTRIENTS

ENERGY_KCAL = "208"
ENERGY_KJ = "268"
KJ_PER_KCAL = 4.184

# Domain key -> SR nutrient numbers, best first. Foundation foods often lack 208 but carry
# the Atwater energies (958 specific, 957 general); sugars and carbohydrate have
# Foundation-only variants (269.3 NLEA sugars, 205.2 carbohydrate by summation).
NUTRIENT_SOURCES: dict[str, tuple[str, ...]] = {n.key: (n.usda_number,) for n in NUTRIENTS}
NUTRIENT_SOURCES["sugar"] = ("269", "269.3")
NUTRIENT_SOURCES["carbs"] = ("205", "205.2")
ENERGY_SOURCES: tuple[str, ...] = (ENERGY_KCAL, "958", "957")

# FDC data_type -> our data_source label.
FDC_DATA_SOURCES = {"sr_legacy_food": "sr_legacy", "foundation_food": "foundation"}


@dataclass
class UsdaPortion:
    """One household measure: ``amount`` x ``unit`` weighs ``gram_weight`` grams."""

    seq: int
    amount: float
    unit: str
    gram_weight: float

    @property
    def label(self) -> str:
        """The display label, e.g. ``1 large`` or ``0.5 cup, chopped``."""
        return f"{self.amount:g} {self.unit}".strip()


@dataclass
class UsdaFood:
    """One food from a USDA release, values per 100 g edible portion."""

    ndb_no: str | None
    fdc_id: int | None
    description: str
    food_group_code: str
    food_group: str
    data_source: str
    values: dict[str, float] = field(default_factory=dict)  # SR nutrient number -> amount
    portions: list[UsdaPortion] = field(default_factory=list)

    def energy_kcal(self) -> float | None:
        """USDA energy in kcal: 208, else Atwater specific, general, else kJ / 4.184."""
        for number in ENERGY_SOURCES:
            if number in self.values:
                return self.values[number]
        if ENERGY_KJ in self.values:
            return round(self.values[ENERGY_KJ] / KJ_PER_KCAL, 1)
        return None

    def nutrients(self) -> dict[str, float | None]:
        """Every domain nutrient key per 100 g; None where USDA has no value."""
        out: dict[str, float | None] = {}
        for key, numbers in NUTRIENT_SOURCES.items():
            out[key] = next((self.values[n] for n in numbers if n in self.values), None)
        return out


# --- SR28 ASCII ---------------------------------------------------------------------------


def _sr28_path(folder: Path, name: str) -> Path:
    """Find ``NAME.txt`` or ``NAME.txt.gz`` in ``folder`` (any letter case)."""
    wanted = {f"{name}.txt".lower(), f"{name}.txt.gz".lower()}
    for path in sorted(folder.iterdir()):
        if path.name.lower() in wanted:
            return path
    raise FileNotFoundError(f"{folder} has no {name}.txt or {name}.txt.gz (SR28 ASCII release).")


def read_sr28_rows(path: Path) -> Iterator[list[str]]:
    """Yield the fields of each record of one SR28 file, tildes stripped.

    Empty text fields may be ``~~`` or nothing; both read as ``""``.
    """
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="cp1252", newline="") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if line:
                yield [f.strip("~") for f in line.split("^")]


def is_sr28_folder(path: Path) -> bool:
    """True when ``path`` is a folder holding the SR28 FOOD_DES file."""
    if not path.is_dir():
        return False
    try:
        _sr28_path(path, "FOOD_DES")
    except FileNotFoundError:
        return False
    return True


def count_sr28(folder: Path) -> int:
    """Number of foods in an SR28 folder (for a progress bar's total)."""
    return sum(1 for _ in read_sr28_rows(_sr28_path(folder, "FOOD_DES")))


def read_sr28(folder: str | Path, only: Iterable[str] | None = None) -> Iterator[UsdaFood]:
    """Yield every food of an SR28 ASCII folder in FOOD_DES order.

    ``only`` restricts the output to those NDB numbers (the starter-catalog build needs a
    few hundred, the importer all of them).
    """
    folder = Path(folder)
    wanted = set(only) if only is not None else None
    groups = {row[0]: row[1] for row in read_sr28_rows(_sr28_path(folder, "FD_GROUP"))}

    values: dict[str, dict[str, float]] = defaultdict(dict)
    for row in read_sr28_rows(_sr28_path(folder, "NUT_DATA")):
        ndb = row[0]
        if wanted is None or ndb in wanted:
            values[ndb][row[1]] = float(row[2])

    portions: dict[str, list[UsdaPortion]] = defaultdict(list)
    for row in read_sr28_rows(_sr28_path(folder, "WEIGHT")):
        ndb = row[0]
        if wanted is None or ndb in wanted:
            portions[ndb].append(
                UsdaPortion(int(row[1]), float(row[2]), row[3].strip(), float(row[4]))
            )

    for row in read_sr28_rows(_sr28_path(folder, "FOOD_DES")):
        ndb = row[0]
        if wanted is not None and ndb not in wanted:
            continue
        yield UsdaFood(
            ndb_no=ndb,
            fdc_id=None,
            description=row[2],
            food_group_code=row[1],
            food_group=groups.get(row[1], ""),
            data_source="sr28",
            values=values.pop(ndb, {}),
            portions=sorted(portions.pop(ndb, []), key=lambda p: p.seq),
        )


# --- FoodData Central CSV -------------------------------------------------------------------


class FdcRelease:
    """An FDC CSV release opened from a folder or a zip (files may sit in a subfolder)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._zip = zipfile.ZipFile(self.path) if zipfile.is_zipfile(self.path) else None
        names = (
            self._zip.namelist()
            if self._zip
            else [str(p.relative_to(self.path)) for p in self.path.rglob("*.csv")]
        )
        # basename -> member; the shortest path wins so a nested copy cannot shadow the top.
        self._members: dict[str, str] = {}
        for name in sorted(names, key=lambda n: (n.count("/"), n)):
            self._members.setdefault(Path(name).name.lower(), name)

    def has(self, name: str) -> bool:
        """True when the release holds ``name`` (e.g. ``food.csv``)."""
        return name.lower() in self._members

    def rows(self, name: str) -> Iterator[dict[str, str]]:
        """Yield the rows of one CSV file as dicts keyed by its header."""
        member = self._members.get(name.lower())
        if member is None:
            raise FileNotFoundError(f"{self.path} has no {name} (FDC CSV release).")
        handle: IO[str]
        if self._zip:
            handle = io.TextIOWrapper(self._zip.open(member), encoding="utf-8-sig", newline="")
        else:
            handle = open(self.path / member, encoding="utf-8-sig", newline="")  # noqa: SIM115
        with handle:
            yield from csv.DictReader(handle)

    def close(self) -> None:
        """Release the zip handle, if any."""
        if self._zip:
            self._zip.close()


def is_fdc_release(path: Path) -> bool:
    """True when ``path`` is a zip or folder with an FDC ``food.csv``."""
    if not path.exists():
        return False
    if path.is_dir() and is_sr28_folder(path):
        return False
    try:
        release = FdcRelease(path)
    except (zipfile.BadZipFile, OSError):
        return False
    try:
        return release.has("food.csv")
    finally:
        release.close()


def _number(raw: str | None) -> float | None:
    """Parse an FDC numeric cell; blank is None."""
    raw = (raw or "").strip()
    return float(raw) if raw else None


def read_fdc(path: str | Path) -> Iterator[UsdaFood]:
    """Yield the SR Legacy and Foundation foods of an FDC CSV release.

    Nutrients are mapped to SR nutrient numbers through the release's own
    ``nutrient.csv`` (``nutrient_nbr``), checking units so a kJ value is never taken
    for kcal. Portions: amount + (portion_description or unit name or modifier).
    """
    release = FdcRelease(path)
    try:
        yield from _read_fdc(release)
    finally:
        release.close()


def _read_fdc(release: FdcRelease) -> Iterator[UsdaFood]:
    ndb_by_fdc: dict[int, str] = {}
    source_files = (
        ("sr_legacy_food.csv", "sr_legacy_food"),
        ("foundation_food.csv", "foundation_food"),
    )
    for name, _ in source_files:
        if release.has(name):
            for row in release.rows(name):
                ndb = (row.get("NDB_number") or row.get("ndb_number") or "").strip()
                if ndb:
                    # SR numbers are 5 characters with leading zeros; FDC drops them.
                    ndb_by_fdc[int(row["fdc_id"])] = ndb.zfill(5) if ndb.isdigit() else ndb

    categories: dict[str, tuple[str, str]] = {}
    if release.has("food_category.csv"):
        for row in release.rows("food_category.csv"):
            categories[row["id"]] = (
                row.get("code", "").strip(),
                row.get("description", "").strip(),
            )

    foods: dict[int, UsdaFood] = {}
    for row in release.rows("food.csv"):
        source = FDC_DATA_SOURCES.get(row.get("data_type", "").strip())
        if source is None:
            continue  # branded, survey and sample foods are out of scope
        fdc_id = int(row["fdc_id"])
        code, group = categories.get((row.get("food_category_id") or "").strip(), ("", ""))
        foods[fdc_id] = UsdaFood(
            ndb_no=ndb_by_fdc.get(fdc_id),
            fdc_id=fdc_id,
            description=row["description"].strip(),
            food_group_code=code,
            food_group=group,
            data_source=source,
        )

    nbr_by_id: dict[str, str] = {}
    for row in release.rows("nutrient.csv"):
        nbr, unit = (
            (row.get("nutrient_nbr") or "").strip(),
            (row.get("unit_name") or "").strip().lower(),
        )
        if not nbr:
            continue
        if nbr in (ENERGY_KCAL, "957", "958") and unit != "kcal":
            continue  # a kJ column mislabelled as kcal would be a 4.18x error
        if nbr == ENERGY_KJ and unit != "kj":
            continue
        # FDC ids look like "1008"; some releases write "1008.0".
        nbr_by_id[row["id"].split(".")[0]] = nbr[:-2] if nbr.endswith(".0") else nbr

    for row in release.rows("food_nutrient.csv"):
        food = foods.get(int(row["fdc_id"]))
        nbr = nbr_by_id.get(row["nutrient_id"].split(".")[0])
        amount = _number(row.get("amount"))
        if food is not None and nbr is not None and amount is not None:
            food.values[nbr] = amount

    units: dict[str, str] = {}
    if release.has("measure_unit.csv"):
        units = {row["id"]: row["name"].strip() for row in release.rows("measure_unit.csv")}
    if release.has("food_portion.csv"):
        for row in release.rows("food_portion.csv"):
            food = foods.get(int(row["fdc_id"]))
            grams = _number(row.get("gram_weight"))
            if food is None or not grams:
                continue
            unit_id = (row.get("measure_unit_id") or "").strip()
            unit_name = "" if unit_id == "9999" else units.get(unit_id, "")
            unit = (row.get("portion_description") or "").strip() or " ".join(
                p for p in (unit_name, (row.get("modifier") or "").strip()) if p
            )
            if not unit or unit.lower() == "undetermined":
                continue
            seq = int(_number(row.get("seq_num")) or len(food.portions) + 1)
            food.portions.append(UsdaPortion(seq, _number(row.get("amount")) or 1.0, unit, grams))

    for food in foods.values():
        food.portions.sort(key=lambda p: p.seq)
        yield food

"""The rule inventories' priority is stated by name in one place per language (`ORDER`), and
an inventory refuses a rule its trigger would never reach (issue 14)."""
from __future__ import annotations

import hashlib
import json
from importlib import import_module

import pytest

from audiopaper.normalize.engine import Inventory, Rule, in_order

# Each inventory's rules as they stood before `ORDER` replaced list positions and slices: the
# order is the priority, so it must not move.  The names repeat (a rule's name is its kind, as
# `--explain` shows it), so the patterns are pinned too, by digest.
BEFORE = {
    "zh": (
    'phone', 'phone', 'phone', 'date', 'date', 'date', 'date', 'date', 'date', 'date', 'date',
    'year', 'year', 'year', 'generation', 'year', 'year', 'score', 'score', 'time', 'score',
    'time', 'time', 'digits', 'phone', 'digits', 'digits', 'digits', 'digits', 'digits', 'digits',
    'score', 'range', 'money', 'money', 'money', 'percent', 'percent', 'fraction', 'measure',
    'measure', 'measure', 'measure', 'measure', 'measure', 'measure', 'measure', 'measure',
    'measure', 'numeral', 'ordinal', 'letters', 'alnum', 'math', 'math', 'ordinal', 'decimal',
    'decimal', 'cardinal', 'cardinal', 'mark'
    ),
    "en": (
    'phone', 'phone', 'phone', 'phone', 'phone', 'phone', 'math', 'date', 'date', 'date', 'date',
    'date', 'time', 'time', 'ratio', 'time', 'time', 'time', 'time', 'time', 'money', 'fraction',
    'record', 'range', 'percent', 'measure', 'measure', 'measure', 'ordinal', 'year', 'year',
    'year', 'year', 'year', 'year', 'cardinal', 'cardinal', 'roman', 'sign', 'sign', 'sign',
    'sign', 'state', 'abbrev', 'abbrev', 'alnum', 'fraction', 'decimal', 'cardinal', 'cardinal',
    'cardinal'
    ),
}
PATTERNS_SHA256 = {
    "zh": "9a9c841fe4f4f5b72d72d5308d7d38a58a4dbe49cda05ee26ab102cde5ddbe61",
    "en": "eb8b236d6d86d0188cae0de3fd3cd8ce611b8abf069db8173ed2e571d121a983",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_inventory_order_unchanged(lang: str) -> None:
    rules = import_module(f"audiopaper.normalize.{lang}").inventory().rules
    assert tuple(r.name for r in rules) == BEFORE[lang]
    pinned = json.dumps([[r.name, r.pattern] for r in rules], ensure_ascii=False)
    assert hashlib.sha256(pinned.encode()).hexdigest() == PATTERNS_SHA256[lang]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_order_names_every_group_once(lang: str) -> None:
    module = import_module(f"audiopaper.normalize.{lang}")
    assert sorted(module.ORDER) == sorted(module._GROUPS)


def test_in_order_names_what_is_wrong() -> None:
    groups = {"a": 1, "b": 2, "c": 3}
    assert in_order(("c", "a", "b"), groups) == [3, 1, 2]
    with pytest.raises(ValueError, match="no group named 'x'"):
        in_order(("a", "b", "c", "x"), groups)
    with pytest.raises(ValueError, match="left out of the order: 'b'"):
        in_order(("a", "c"), groups)
    with pytest.raises(ValueError, match="'a' listed twice"):
        in_order(("a", "b", "c", "a"), groups)


def _speak(m: object) -> str:
    return "x"


def test_rule_outside_the_trigger_is_refused() -> None:
    ok = Rule("cardinal", r"\d+", _speak)
    with pytest.raises(ValueError, match=r"rule 1 'percent'.*'%'"):
        Inventory([ok, Rule("percent", r"(?:%|\d)\s?pc", _speak)], r"[\d]")
    with pytest.raises(ValueError, match="rule 0 'ordinal'.*'第'"):
        Inventory([Rule("ordinal", r"第\d+", _speak)], r"[A-Za-z]+|[\d]")
    with pytest.raises(ValueError, match="'X'"):  # a case-insensitive start takes both cases
        Inventory([Rule("times", r"(?i:x)\d", _speak)], r"[x\d]")
    with pytest.raises(ValueError, match="'I'"):  # a guarded start that could be empty
        Inventory([Rule("roman", r"(?=[IV])V?I{0,3}\b", _speak)], r"[V]")


def test_rules_inside_the_trigger_build() -> None:
    Inventory([Rule("ordinal", r"第\d+", _speak), Rule("cardinal", r"(?<![\d.])\d+", _speak),
               Rule("times", r"(?i:x)\d", _speak)], r"[A-Za-z]+|[第\d]")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_real_inventories_build_cleanly(lang: str) -> None:
    module = import_module(f"audiopaper.normalize.{lang}")
    trigger = module.inventory()._trigger.pattern
    Inventory(module.inventory().rules, trigger)  # the check runs on every build

"""Every rule, both languages: each `written => spoken` case must come out exactly, and the
rule its file is named after must be the one that fired (so a case cannot pass by accident
through another rule).  `passthrough` files assert that nothing fires at all."""
from __future__ import annotations

import pytest

from audiopaper.normalize import LANGS, explain, normalize

from .tn_cases import all_cases

CASES = [(lang, rule, w, s) for lang in LANGS for rule, w, s in all_cases(lang)]


@pytest.mark.parametrize("lang,rule,written,spoken", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_rule_case(lang: str, rule: str, written: str, spoken: str) -> None:
    assert normalize(written, lang) == spoken
    fired = {r.rule for r in explain(written, lang)}
    if rule == "passthrough":
        assert fired == set()
    else:
        assert rule in fired


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_has_cases(lang: str) -> None:
    from importlib import import_module

    names = {r.name for r in import_module(f"audiopaper.normalize.{lang}").inventory().rules}
    covered = {rule for rule, _, _ in all_cases(lang)}
    assert names <= covered, f"rules without a case file: {sorted(names - covered)}"

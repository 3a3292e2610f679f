"""Initials an attendance list gives a person in brackets are kept as their alias, including the
form with a lower-case letter a paper uses where two people share capitals ('AMi' beside 'AM')."""

from __future__ import annotations

import pytest

from extractors.minutes import compiled


@pytest.mark.parametrize(
    "entry, name, alias",
    [
        ("Alys Morwen (AM), Head of Corporate Services", "Alys Morwen", "AM"),
        ("Aled Mitchinson (AMi), Director of Finance", "Aled Mitchinson", "AMi"),
        ("Cllr Petra Lund-Haskins (PLH)", "Petra Lund-Haskins", "PLH"),
    ],
)
def test_bracketed_initials_are_the_persons_alias(entry, name, alias):
    person = compiled().people.person(entry)
    assert person is not None and (person.name, person.alias) == (name, alias)


def test_a_bracketed_word_is_no_alias():
    person = compiled().people.person("Dana Okafor (Chair)")
    assert person is not None and person.alias is None

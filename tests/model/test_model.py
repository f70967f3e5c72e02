"""Content shorthands editors rely on, and the rules the model enforces."""

import pytest
from pydantic import ValidationError

from oncoguide import model
from oncoguide.model import Citation, Component, Frequency, MonitoringItem, Source


def test_citation_shorthand() -> None:
    assert Citation.model_validate("revlimid-label § 5.3") == Citation(source="revlimid-label", section="5.3")
    assert Citation.model_validate("nci-dictionary").section is None
    with pytest.raises(ValidationError, match="not `source-id`"):
        Citation.model_validate("Revlimid label, section 5")


@pytest.mark.parametrize(("raw", "low", "high", "shown"), [
    ("55-75", 55, 75, "55–75%"), ("31%", 31, 31, "31%"), (12.5, 12.5, 12.5, "12.5%"),
])
def test_frequency_shorthand(raw, low, high, shown) -> None:  # noqa: ANN001
    f = Frequency.model_validate(raw)
    assert (f.low, f.high, str(f)) == (low, high, shown)


def test_frequency_rejects_reversed_and_over_100() -> None:
    with pytest.raises(ValidationError, match="reversed"):
        Frequency.model_validate("75-55")
    with pytest.raises(ValidationError):
        Frequency.model_validate("50-120")


def test_component_days_ranges_and_lists() -> None:
    base = {"drug": "x", "dose": 10, "unit": "mg", "route": "oral", "cite": ["s"]}
    assert Component.model_validate(base | {"days": "1-3, 8"}).days == [1, 2, 3, 8]
    assert Component.model_validate(base | {"days": [15, 1, 8]}).days == [1, 8, 15]
    for bad, message in (("1-21-28", "not a day"), ("5-1", "reversed"), ([1, 1], "twice"), ([0], "start at 1")):
        with pytest.raises(ValidationError, match=message):
            Component.model_validate(base | {"days": bad})
    with pytest.raises(ValidationError):
        Component.model_validate(base | {"days": "1", "dose": -5})


def test_monitoring_item_needs_one_way_of_timing() -> None:
    base = {"test": "cbc", "name": "CBC", "kind": "lab", "text": "x", "cite": ["s"]}
    with pytest.raises(ValidationError, match="not both"):
        MonitoringItem.model_validate(base | {"intervals": [{"every_days": 7}], "at_weeks": [12]})
    with pytest.raises(ValidationError, match="only the last interval"):
        MonitoringItem.model_validate(base | {"intervals": [{"every_days": 7}, {"every_days": 14}]})


def test_research_source_needs_identifier_and_label_needs_product() -> None:
    with pytest.raises(ValidationError, match="pmid, doi or url"):
        Source(id="trial", kind="research", title="A trial")
    with pytest.raises(ValidationError, match="product"):
        Source(id="label", kind="fda_label", title="A label")
    assert Source(id="t", kind="research", title="T", pmid="17021321").link == "https://pubmed.ncbi.nlm.nih.gov/17021321/"


def test_public_names_exist() -> None:
    for name in model.__all__:
        assert hasattr(model, name), name


@pytest.mark.parametrize(("route", "times", "said"), [
    ("oral", 1, "once a day"), ("oral", 2, "twice a day"),
    # one drip, shot or implant on set days is not "once a day" (a 12-week Zoladex implant was printed so)
    ("IV", 1, ""), ("subcutaneous", 1, ""), ("intramuscular", 1, ""),
    ("IV", 2, "twice a day"),
])
def test_how_often_a_component_is_given_is_said_only_where_it_means_something(route: str, times: int,
                                                                                said: str) -> None:
    c = Component(drug="x", dose=1, unit="mg", route=route, days=[1], times_per_day=times,
                  cite=[Citation(source="s")])
    assert c.how_often == said

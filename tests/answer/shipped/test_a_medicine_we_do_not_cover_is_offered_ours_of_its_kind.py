"""A medicine no page covers is offered our medicines of its kind, as its name's stem says ("crizotinib" is a
kinase inhibitor like alectinib), never ones whose names merely look alike: "Xalkori" once offered oxaliplatin and
Xeloda, chemotherapy that has nothing to do with it. Shipped knowledge base."""

import pytest


def _drugs_offered(composer, question: str) -> list[str]:  # noqa: ANN001
    return [p.slug for p in composer.answer(question).see_also if p.kind == "drug"]


def test_a_brand_name_we_lack_offers_no_lookalike_drugs(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how does Xalkori work for my lung cancer")
    assert [p.kind for p in answer.see_also] == ["cancer"]
    assert _drugs_offered(composer, "what is Tukysa") == []


@pytest.mark.parametrize(("question", "kind_of"), [
    ("what is crizotinib", "tinib"),          # a kinase inhibitor
    ("is talazoparib a pill", "parib"),       # a PARP inhibitor: olaparib, not any "-ib"
    ("side effects of trilaciclib", "ciclib"),
])
def test_a_generic_name_we_lack_offers_ours_of_its_stem(composer, question, kind_of) -> None:  # noqa: ANN001
    offered = _drugs_offered(composer, question)
    assert offered and all(slug.endswith(kind_of) for slug in offered), offered


def test_with_a_cancer_named_only_its_medicines_of_that_kind_are_offered(composer, kb) -> None:  # noqa: ANN001
    offered = _drugs_offered(composer, "how does crizotinib work for lung cancer")
    lung = {d for r in kb.regimens_for_cancer("non-small-cell-lung-cancer") for d in r.drugs}
    assert "alectinib" in offered and set(offered) <= lung, offered
    assert _drugs_offered(composer, "dose of tucatinib for breast cancer") == []  # no kinase inhibitor of ours for it

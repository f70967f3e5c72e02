""""Is Keytruda given with Lenvima for kidney cancer?": the first line is the drug's use that names the other drug
(for the cancer named), not a yes or no written for another question ("No. Pembrolizumab is immunotherapy, not
chemo", which reads as "not given with it") nor its use for another cancer. Asked whether one may be *taken* with
another, the interaction rule still answers. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "other", "cancer"), [
    ("is keytruda given with lenvima for kidney cancer", "lenvatinib", "kidney"),
    ("is keytruda used with lenvima for uterine cancer", "lenvatinib", "uterus"),
])
def test_a_drug_given_with_another_leads_with_the_use_naming_it(first_line, question, other, cancer) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert other in lead and cancer in lead
    assert not lead.startswith("no.")


def test_taken_with_another_still_gets_the_interaction_rule(first_line) -> None:  # noqa: ANN001
    assert "do not take" in first_line("can arimidex be taken with tamoxifen")

"""Asked how common a cancer is, in whatever words ("is that the common kind or a rare one?", "the chances a man
gets it at some point in his life"), the answer leads with the page's line saying how many get it: a line that opens
on that question itself ("How common is CML? ...") or gives a share of people ("about 1 in 7 men"), not the line
on its kinds or its risks. Asked how common it is in children, the line saying it is rare in children still leads.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    # the page's own "How common is CML?" line, though its answer ("about 1 in 10") names no people
    ("how common is cml compared with the other kinds of leukemia?", "10%"),
    # "common or rare" asks how common it is, not which kind is the most common
    ("dad has non small cell lung cancer. is that the common kind of lung cancer or a rare one?", "85 in 100"),
    # a lifetime chance asks how many get it, not what raises the risk (which the story's words share)
    ("my brother got prostate cancer and i worry about my sons. how many men get prostate cancer in their lifetime?",
     "1 in 7 men"),
    ("my son is fair skinned with red hair. what are the odds a white person gets melanoma at some point in their life?",
     "1 in 50 white people"),
])
def test_the_line_saying_how_many_get_it_leads(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_how_common_in_children_leads_with_the_line_on_children(first_line) -> None:  # noqa: ANN001
    assert "rare in children" in first_line("my 12 year old nephew has cml. isnt that an adult leukemia, "
                                            "how common is it in kids")


def test_a_share_of_men_says_how_common_it_is() -> None:
    from oncoguide.answer.cancer_aspects import ASPECTS

    frequency = next(a for a in ASPECTS if a.name == "frequency")
    assert frequency.said.search("about 1 in 7 men in the us are found to have it at some point.")
    assert frequency.asked.search("is that the common kind of lung cancer or a rare one?")
    assert not frequency.said.search("about 1 in 5 people were alive 5 years later.")

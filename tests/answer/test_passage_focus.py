"""Issue 11: a passage quoted from an ingested label or PubMed record is about what was asked: the sentences shown
name the drug asked about whenever they name a drug."""

from test_replies import KB

from oncoguide.answer import Composer, Passage, PassageSource, check


class FakePassages:
    def __init__(self, passages):
        self.passages = passages
        self.searched_by_meaning = (len(passages), len(passages))

    def search(self, words, k, text=None):
        return self.passages[:k]


ARTICLE = PassageSource(id="pmid:77", kind="research", citation="Roe R. A carfilzomib trial. 2021. PMID 77.", link=None)


def ask(question: str, passages: list[Passage]):
    """Answer over the shipped knowledge base (it knows carfilzomib) and these passages."""
    answer = Composer(KB, FakePassages(passages)).answer(question)
    assert check(answer) == []
    return answer


def quoted(answer) -> list[str]:
    return [i.text for g in (*answer.guidelines, *answer.research) for i in g.items if i.origin == "passage"]


def test_a_quote_about_another_drug_from_an_abstract_that_names_ours_in_passing_is_left_out():
    passage = Passage("Neutropenia happened in 30% of patients on carfilzomib. Neutropenia led to lower doses of "
                      "carfilzomib. All patients had myeloma that grew after lenalidomide.", ARTICLE)
    a = ask("Does lenalidomide cause neutropenia?", [passage])
    assert not [t for t in quoted(a) if "arfilzomib" in t and "enalidomide" not in t]


def test_a_quote_naming_the_drug_asked_about_is_kept_even_beside_another_drug():
    passage = Passage("Lenalidomide and carfilzomib were compared. Neutropenia was more common with lenalidomide.",
                      ARTICLE)
    a = ask("Does lenalidomide cause neutropenia?", [passage])
    assert any("Neutropenia was more common with lenalidomide" in t for t in quoted(a))

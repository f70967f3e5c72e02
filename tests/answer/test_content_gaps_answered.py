"""Questions from the tuning set and the gap list of issue 11 that the knowledge base could not answer before stop 26,
and facts people ask about drugs and plans that no page held before stop 32 (each question in our own words).

Each fact is one a reader needs (a missed-dose rule, a storage rule, a rate, a wait before surgery); the answer must
show it with a citation, not only hold it somewhere in content/.
"""


import pytest
from shippedkb import shipped_composer

from oncoguide.answer import Composer, check


@pytest.fixture(scope="module")
def composer() -> Composer:

    return shipped_composer()


@pytest.mark.parametrize(("q", "fact"), [
    ("why was my first rituxan infusion so slow, took all day", "50 mg per hour"),
    ("dad has surgery coming up, does he stop his nexavar before", "at least 10 days before"),
    ("since starting prednisone with chemo i cant sleep", "hard to sleep"),
    ("I forgot my Jaypirca this morning, what do I do", "more than 12 hours"),
    ("missed a dose of temozolomide", "same day"),
    ("how should I store Lynparza", "protect them from moisture"),
    ("how do I store my Stivarga tablets", "drying packet"),
    ("can I take zidovudine with Lonsurf", "HIV medicine"),
    ("my eyes are red and irritated on vectibix", "keratitis"),
    # stop 32 (cont14): facts people ask that no page held
    # forms given as a shot under the skin
    ("is there a shot version of herceptin instead of the drip", "Herceptin Hylecta"),
    ("can i get phesgo instead of perjeta iv", "about 8 minutes"),
    ("is tecentriq available as an injection under the skin", "Tecentriq Hybreza"),
    ("is there an oral tablet form of azacitidine", "Onureg"),
    # doses that depend on weight, kidneys or the cancer
    ("what is the dose of polivy", "1.8 mg for each kilogram"),
    ("what is the irinotecan dose when it is given without other chemo", "125 mg/m² once a week"),
    ("what dose of docetaxel is used for prostate cancer", "prednisone pills, 5 mg twice a day"),
    ("is the enhertu dose different for stomach cancer", "6.4 mg"),
    ("how is the single carboplatin dose for seminoma worked out", "AUC 7"),
    # how long, and when
    ("how long is imatinib taken after surgery for a GIST", "3 years"),
    ("how many cycles of cisplatin and vinorelbine after lung cancer surgery", "4 cycles"),
    ("how long should I keep using sunscreen after I stop alectinib", "7 days"),
    ("when does the neulasta onpro give the dose and can i drive", "26 to 29 hours"),
    # what it does, and what to do
    ("my dad took his weekly methotrexate every day by mistake", "call your care team right away"),
    ("which blood tests check for tumor lysis when starting venetoclax", "potassium"),
    ("is hearing loss from cisplatin permanent", "most often permanent"),
    ("will my son's vincristine tingling go away", "40 of the 42"),
    ("is levoleucovorin the same as leucovorin", "active form of leucovorin"),
    ("can zoladex during chemo protect my fertility", "protect the ovaries"),
    ("is bortezomib used for mantle cell lymphoma", "VR-CAP"),
    ("does exemestane prevent breast cancer in high risk women", "65%"),
    ("what helps constipation from vinorelbine", "stool softener"),
    ("what counts as a fast rising psa for enzalutamide after prostate surgery", "doubling time of 9 months"),
    # s33 cont15a: driving, herbal medicines and supplements, birth-control pills, hair, sun and how long, drugs A to I
    ("can I drive while taking Imbruvica", "tired or dizzy"),
    ("can i take fish oil with ibrutinib", "fish oil, vitamin E and flaxseed"),
    ("is it ok to breastfeed on ibrutinib", "do not breastfeed while you take ibrutinib"),
    ("does xtandi affect driving because of seizures", "moderate effect on driving"),
    ("my wife is pregnant, can she touch my enzalutamide capsules", "wear gloves"),
    ("will Gleevec make my hair fall out", "up to 1 in 10"),
    ("does imatinib make you sensitive to the sun", "high spf"),
    ("can I take St John's wort with Sprycel", "st. john's wort"),
    ("does alectinib stop birth control pills working", "birth control pills may work less well"),
    ("will cabometyx affect my fertility", "may affect fertility"),
    ("can I drive after my Kyprolis infusion", "do not drive or use machines"),
    ("does Erleada affect male fertility", "lower a man's fertility"),
    ("will tafinlar affect my sperm count", "may not go back to normal"),
    ("can I eat grapefruit on bosulif", "do not take bosutinib with grapefruit"),
    ("can i take st john's wort with verzenio", "may make abemaciclib work less well"),
    ("can a reaction to darzalex happen after I get home", "in the 3 days after"),
    ("can I drive on calquence", "not likely to affect driving"),
    ("does nubeqa affect fertility", "may affect a man's fertility"),
    ("what is the xospata alert card for", "show it to any doctor or nurse"),
    ("can my husband have radium 223 right after zytiga", "at least 5 days"),
    ("does avastin affect fertility", "harm a woman's fertility"),
    ("missed avastin dose", "your doctor will decide when you get the next dose"),
    ("can I drive after velcade", "blur your vision"),
    # s33 plan15b: blood-cancer plan facts people ask that the plan pages lacked (counts to restart, what comes
    # after, how well it worked, what a test result means)
    ("what platelet count is needed to restart revlimid with dexamethasone", "back to 30,000 or more"),
    ("my neutrophils are low on Rd, when can I restart lenalidomide", "back to 1,000 or more"),
    ("can the lenalidomide maintenance dose go up to 15 mg", "up to 15 mg a day"),
    ("when will they collect my stem cells on VRd", "first 4 cycles"),
    ("what comes after 7+3 chemo for AML", "consolidation"),
    ("what counts as complete remission after 7+3", "fewer than 5 in 100"),
    ("will my hair fall out on pola-R-CHP", "20 or more of every 100"),
    ("will the numbness from ABVD go away", "87 in 100"),
    ("how many people are alive after 6 years with brentuximab AVD", "93.9%"),
    ("my neutrophils are low, will my ABVD be delayed", "0.44%"),
    ("why did my white count go up on ibrutinib for CLL", "66%"),
    ("does rituximab maintenance after R-CVP help", "46%"),
    ("what comes after BR for follicular lymphoma", "every 8 weeks for 12 doses"),
    ("how long does venetoclax obinutuzumab keep CLL away", "76.2 months"),
    ("how well does zanubrutinib work for untreated CLL", "85.5%"),
    ("how well does DRd work for newly diagnosed myeloma", "34.4 months"),
    # s33 canc15: facts people ask of a cancer that its page did not hold (prevention, tests, first treatments,
    # where it spreads, follow-up)
    ("does myeloma run in families", "parent, brother or sister"),
    ("how often are follow up visits after myeloma treatment", "every 1 to 4 months"),
    ("can MDS be prevented", "benzene"),
    ("what is the first treatment for high risk MDS", "azacitidine or decitabine"),
    ("when does CLL need to be treated", "doubles in less than 6 months"),
    ("what genetic tests are done for CLL", "del(17p)"),
    ("what chemo is used for follicular lymphoma", "bendamustine with rituximab"),
    ("does glioblastoma spread to other parts of the body", "fewer than 2 in 100"),
    ("what are the treatment options when glioblastoma comes back", "removing the tumor again"),
    ("why don't they do a biopsy for testicular cancer", "through the scrotum"),
    ("where does testicular cancer spread", "lungs, liver, bones or brain"),
    ("can mantle cell lymphoma be cured", "from a donor"),
    ("what if mantle cell lymphoma comes back", "car t-cell"),
    ("how long does MALT lymphoma take to go away after H pylori treatment", "98 days"),
    ("should I get screened for pancreatic cancer", "advise against screening"),
    ("does the HPV vaccine prevent throat cancer", "11 or 12"),
    ("can AML be prevented", "benzene"),
    ("can head and neck cancer be prevented", "10 times the risk"),
    ("should I get screened for stomach cancer", "average risk"),
    ("my brother has hodgkin lymphoma, am I at risk", "6 times the usual risk"),
    ("is kidney cancer curable", "outer covering of the kidney"),
    ("is radiation used for stomach MALT lymphoma", "30 gy in 20 treatments"),
    # s33 plan15a: what a treatment day is like on a plan (hours in the chair, lines and ports, the pump), the counts
    # to go ahead, what follows, hair on hormone pills
    ("how long does a capox treatment day take", "the oxaliplatin drip takes 2 hours"),
    ("is capox given through a picc line", "portacath"),
    ("how many hours does carbo taxol take in the chair", "up to about 4 hours"),
    ("what comes after carboplatin and paclitaxel for ovarian cancer", "olaparib pills may follow"),
    ("can folfirinox go in through a picc line", "Hickman line"),
    ("how long does the folfirinox treatment last in months", "up to 12 cycles"),
    ("how long does gemcitabine and abraxane take each time", "about 30 minutes more"),
    ("will I need growth factor shots with gemcitabine and abraxane", "26 in 100"),
    ("how long is a treatment day of carboplatin pemetrexed and keytruda", "pemetrexed over 10 minutes"),
    ("will I lose my hair on letrozole", "about 4 in 100"),
    ("does tamoxifen make your hair fall out", "most common with tamoxifen"),
    ("how well does abemaciclib and letrozole work after surgery for breast cancer", "92 in 100"),
    ("can flot go in through a picc line", "the 5-FU can run at home from a small pump"),
    ("can FOLFIRI be given through a picc line", "FOLFIRI goes in through a thin tube"),
    # s33 cont15b: label and patient-sheet facts for the drug pages ipilimumab to zanubrutinib
    # a pill someone else swallowed, and how long treatment goes on
    ("my dog swallowed one of my sorafenib tablets", "1-800-222-1222"),
    ("what if my dog eats my methotrexate", "1-800-222-1222"),
    ("my kid swallowed one of my ibrance pills", "1-800-222-1222"),
    ("how long will i take tagrisso after surgery", "for up to 3 years, unless"),
    ("how long do i take kisqali for early breast cancer", "taken for 3 years, unless"),
    ("how long do you get gazyva alone for follicular lymphoma", "1,000 mg every 2 months"),
    ("how many cycles of opdivo after lung cancer surgery", "up to 13 cycles, about 1 year"),
    # fertility, breastfeeding, and what is in the drug
    ("will sunitinib affect my fertility", "unable to have children"),
    ("will tagrisso make me infertile", "harder for both women and men"),
    ("does xpovio affect fertility", "harder for both men and women"),
    ("can i have children after taking lenvima", "harder to have children"),
    ("can i breastfeed on pomalyst", "whether to stop or keep breastfeeding"),
    ("how long after ninlaro can i breastfeed", "for 90 days after your last dose"),
    ("does taxol have alcohol in it", "49.7%"),
    ("is trodelvy the same as irinotecan", "active form of irinotecan"),
    ("can i take st john's wort with lorbrena", "names St. John's wort"),
    # s36 sources18c: lines now cited to EU package leaflets say what the leaflets say
    ("i vomited after my temodar dose, do i take another one", "do not take another dose that day"),
    ("is breastfeeding ok while getting sarclisa", "weigh the good of breastfeeding"),
])
def test_the_answer_shows_the_fact_the_page_now_holds(composer: Composer, q: str, fact: str) -> None:
    answer = composer.answer(q)
    assert check(answer) == []
    assert fact.lower() in " ".join(item.text for item in answer.cited()).lower(), q

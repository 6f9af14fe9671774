import pytest

from namekit.normalize.legal import ends_in_legal_form, strip_legal_forms


@pytest.mark.parametrize(
    "tokens, rest",
    [
        ("acme trading llc", "acme trading"),
        ("anglo caribbean co ltd", "anglo caribbean"),
        ("siemens aktiengesellschaft", "siemens"),
        ("siemens ag", "siemens"),
        ("rosneft open joint stock company", "rosneft"),
        ("the company", "the company"),  # nothing left that is not generic: keep all
        ("ltd", "ltd"),
        ("reem pharmaceutical sal", "reem pharmaceutical"),  # Lebanese S.A.L. written as one word
        ("aat belaruskaliy", "belaruskaliy"),  # Belarusian AAT (open joint-stock company)
        ("afri belg commercio e industria lda", "afri belg commercio e industria"),  # Portuguese Lda.
        ("vo promsyrieimport fgup", "vo promsyrieimport"),  # Russian federal unitary enterprise
        ("cylinder system l t d", "cylinder system"),  # L.T.D.: a form spelled letter by letter
        ("al aqsa e v", "al aqsa"),  # German e. V.
        ("v a boyarkin", "v a boyarkin"),  # two initials are not the letters of a form
        ("s ao a 0", "0"),  # removing "ao" leaves "s a", a form too: stripped until stable
        # Mexican, Colombian, Peruvian: A.C., S. en C., S.C.S., S.P.R. de R.I., E.U., S.A.C.
        ("valor y principio de dar a c", "valor y principio de dar"),
        ("veranillo y cia s en c", "veranillo y"),
        ("comercio global y cia s c s", "comercio global y"),
        ("agricola ruelas s p r de r i", "agricola ruelas"),
        ("agricola ruelas sociedad de produccion rural de responsabilidad ilimitada", "agricola ruelas"),
        ("yaku e u", "yaku"),
        ("inversiones x s a c", "inversiones x"),
        # Russian with щ written "sch"; Belarusian with -ae written -aye; a joint venture's "joint"
        ("obschestvo s ogranichennoi otvetstvennostyu mokran", "mokran"),
        ("otkrytoye aktsionernoye obschestvo kidma tek", "kidma tek"),
        ("sovmestnoye zakrytoye aktsionernoye obshchestvo energo oil", "energo oil"),
        ("adkrytaye aktsyyanernaye tavarystva belaruskaliy", "belaruskaliy"),
        ("sumesnaye zakrytaye aktsyyanernaye tavarystva energa oil", "energa oil"),
        ("novaya naftavaya kampaniya", "novaya naftavaya"),  # Belarusian kampaniya: company
        ("va bo kampani eood", "va bo"),  # Bulgarian kompani
        ("taghtiran p j s", "taghtiran"),  # Iranian P.J.S. (private joint stock)
        ("rishmak export and manufacturing pjs", "rishmak export and manufacturing"),
        # Turkish Ltd. Şti., A.Ş., San. ve Tic.; Venezuelan C.A.; Russian state and bank forms
        ("otik havacilik sanayi ve ticaret limited sirketi", "otik havacilik"),
        ("macpar makina san ve tic a s", "macpar makina"),
        ("biblos travel c a", "biblos travel"),
        ("federal state unitary enterprise crimean railway", "crimean railway"),
        ("ao akb evrofinans mosnarbank", "evrofinans mosnarbank"),
        ("derzhavne pidpryemstvo agrofirma magarach", "agrofirma magarach"),
        ("unitarnaye pradpryemstva naftabitumny zavod", "naftabitumny zavod"),
        ("grupo producsil s de p r de r l de c v", "grupo producsil"),  # S. de P.R. de R.L. de C.V.
        ("state enterprise tsentrkurort", "tsentrkurort"),
        ("gosudarstvennoye predpriyatiye tsentrkurort", "tsentrkurort"),
        ("yamaki k k", "yamaki"),  # Japanese K.K.
        ("adkrytae aktsyianernae tavarystva kidma tek", "kidma tek"),
    ],
)
def test_strip_legal_forms(tokens: str, rest: str) -> None:
    assert " ".join(strip_legal_forms(tuple(tokens.split()))[0]) == rest


@pytest.mark.parametrize(
    "tokens, ends",
    [("dan gertler diamonds ltd", True),
     ("jaime edery c cia s en c", True),       # S. en C., three tokens
     ("sara grimberg de guberek empresa unipersonal", True),
     ("haytham ahmed s a elmaghraby", False),  # initials in the middle of a person's name
     ("asidan ag hitta", False),                # Tuareg ag, "son of", not the German AG
     ("sae chang bunthawee", False),
     ("ltd", False), ("co ltd", False)],        # nothing but a legal form: no name to tell
)
def test_ends_in_legal_form(tokens: str, ends: bool) -> None:
    assert ends_in_legal_form(tuple(tokens.split())) is ends

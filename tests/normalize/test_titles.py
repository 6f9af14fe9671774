import pytest

from namekit.normalize.titles import canonical_title, strip_titles


@pytest.mark.parametrize(
    "tokens, name, titles",
    [
        ("maj gen hassan rashad", "hassan rashad", ("major general",)),
        ("major general hassan rashad", "hassan rashad", ("major general",)),
        ("lt gen eyal zamir", "eyal zamir", ("lieutenant general",)),
        ("brig gen x y", "x y", ("brigadier general",)),
        ("egyptian foreign minister badr abdelatty", "badr abdelatty", ("foreign minister",)),
        ("former british prime minister tony blair", "tony blair", ("prime minister",)),
        ("sheikh mohammed al thani", "mohammed al thani", ("sheikh",)),
        ("dr ghazi hamad", "ghazi hamad", ("doctor",)),
        ("egyptian intelligence chief hassan rashad", "hassan rashad", ("intelligence chief",)),
        ("us hostage affairs official adam boehler", "adam boehler", ("official",)),
        ("hussein al sheikh", "hussein al sheikh", ()),  # "al sheikh" is a name part
        ("emir tamim al thani", "tamim al thani", ("emir",)),
        ("amir hashem katranji", "amir hashem katranji", ()),  # Amir is a common given name (Persian, Arabic)
        ("sakan general trading llc", "sakan general trading llc", ()),  # a rank is no apposition
        ("acme group chairman holdings ltd", "acme group chairman holdings ltd", ()),  # nor before a company
        ("lt col rtd abd manaf kasmuri", "abd manaf kasmuri", ("lieutenant colonel", "retired")),
        ("haji sahib rohullah wakil", "rohullah wakil", ("hajj", "sahib")),
        ("alhaji dr abdul azziz jammeh", "abdul azziz jammeh", ("hajj", "doctor")),  # West African Alhaji
        ("general", "general", ()),  # never strips the whole name
        ("egyptian", "egyptian", ()),  # a qualifier goes only with a title
    ],
)
def test_strip_titles(tokens: str, name: str, titles: tuple[str, ...]) -> None:
    rest, found = strip_titles(tuple(tokens.split()))
    assert " ".join(rest) == name
    assert found == titles


@pytest.mark.parametrize(
    "written, canonical", [("Maj. Gen.", "major general"), ("Major General", "major general"), ("Dr.", "doctor"),
                           ("Egyptian Foreign Minister", "foreign minister")]
)
def test_canonical_title(written: str, canonical: str) -> None:
    assert canonical_title(written) == canonical

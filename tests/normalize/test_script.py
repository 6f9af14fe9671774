import pytest

from namekit.normalize.script import ascii_words, dominant_script, to_ascii
from namekit.normalize.unicode import fold


@pytest.mark.parametrize(
    "raw, ascii_form",
    [
        ("حسن رشاد", "hsn rshad"),
        ("خليل الحية", "khlil al-hia"),
        ("حُسَيْن", "hsin"),  # short-vowel marks dropped, the long vowel kept
        ("محمـــد", "mhmd"),  # tatweel removed
        ("پرویز", "pruiz"),  # Persian letters
        ("בנימין נתניהו", "bnimin ntniho"),
        ("גדעון סער", "gdaon sar"),
        ("ג׳ורג׳", "jorj"),
        ("לה פלאטה", "la plath"),  # Hebrew spellings of other languages' particles, read whole
        ("קולוניה דל סקרמנטו", "kolonih del skrmnto"),
        ("א-סווידא", "al-svida"),  # the assimilated Arabic article; a doubled vav is v
        ("שוורין", "shvrin"), ("ווסטלייק", "vstliik"), ("קיעוו", "kiav"),  # וו is the consonant v or w
        ("דזשאקארטא", "jakarta"), ("זשיטאמיר", "zhitamir"),  # Yiddish דזש j, זש zh
        ("סנט אטיין", "saint atiin"), ("סן-מלו", "san-mlo"),  # the saints of place names, read whole
        ("Сергей Лавров", "sergei lavrov"),
        ("Аньян", "anian"),  # the soft sign is a mark, not a quote that splits the word
        ("Подъячев", "podiachev"),  # nor is the hard sign
        ("Αλέξης Τσίπρας", "alexes tsipras"),
        ("Hassan Rashad", "Hassan Rashad"),  # ASCII passes through untouched
    ],
)
def test_to_ascii(raw: str, ascii_form: str) -> None:
    assert to_ascii(fold(raw) if not raw.isascii() else raw) == ascii_form


@pytest.mark.parametrize(
    "text, script",
    [("حسن رشاد", "Arabic"), ("גדעון סער", "Hebrew"), ("Сергей", "Cyrillic"), ("Hassan", "Latin"), ("123 -", "Common"),
     ("Hamas حماس حماس", "Arabic")],
)
def test_dominant_script(text: str, script: str) -> None:
    assert dominant_script(text) == script


@pytest.mark.parametrize("text, words", [
    ("Petróleos de Venezuela, S.A.", ("petroleos", "de", "venezuela", "s", "a")),
    ("I.R.G.C.", ("i", "r", "g", "c")),
    ("Dan Gertler Diamonds Ltd.", ("dan", "gertler", "diamonds", "ltd")),
    ("", ()),
])
def test_ascii_words(text: str, words: tuple[str, ...]) -> None:
    assert ascii_words(text) == words

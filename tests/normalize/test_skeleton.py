import pytest

from namekit.normalize import normalize, skeleton
from namekit.normalize.skeleton import _classes, arabic_onset, arabic_reading, consonant_count


@pytest.mark.parametrize(
    "latin, native",
    [
        ("Hassan Rashad", "حسن رشاد"),
        ("Khalil al-Hayya", "خليل الحية"),
        ("Mohammad Darwish", "محمد درويش"),
        ("Gideon Saar", "גדעון סער"),
        ("Binyamin Netanyahu", "בנימין נתניהו"),
        ("Eyal Zamir", "אייל זמיר"),
    ],
)
def test_latin_and_native_spellings_share_a_skeleton(latin: str, native: str) -> None:
    assert normalize(latin).skeletons == normalize(native).skeletons


@pytest.mark.parametrize(
    "a, b",
    [("meshaal", "mashal"), ("abdalatty", "abdalaty"), ("hamza", "hamzah"), ("qassem", "kassem"), ("jamal", "gamal")],
)
def test_spelling_variants_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a, b", [("rashad", "nasrallah"), ("hayya", "wazir"), ("meshaal", "marzouk")])
def test_different_names_differ(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("token", "count"),
    [("akureyri", 3),      # k, r, r: the skeleton is kr
     ("akoriiri", 3),      # the same, from Hebrew אקוריירי
     ("antananarivo", 6),  # n, t, n, n, r, v
     ("muhammad", 4),      # m, h, m, d: a doubled letter (mm) is one
     ("hamzah", 3),        # the final h dropped, as by the skeleton
     ("abdullahi", 3),     # b, d, l (ll once); the last consonant h dropped
     ("aia", 0)],
)
def test_consonant_count(token: str, count: int) -> None:
    assert consonant_count(token) == count
    assert consonant_count(token) >= len(skeleton(token))


@pytest.mark.parametrize(
    ("token", "consonants", "runs"),
    [("kobeissi", ["كق", "ب", "سص"], ("", "o", "ei", "i")),  # a doubled letter writes one
     ("haniyah", ["حه", "ن", "ي"], ("", "a", "i", "a")),     # y before a vowel is ي; a final h dropped
     ("oualid", ["و", "ل", "دضذ"], ("", "a", "i", "")),       # French ou before a vowel is و
     ("kacem", ["كق", "سص", "م"], ("", "a", "e", "")),        # c before e is soft
     ("guizani", ["قغ", "زظ", "ن"], ("", "i", "a", "i")),     # French gu before i is a hard g
     ("chang", ["شخچ", "ŋ"], ("", "a", ""))],                 # a final ng is one sound
)
def test_arabic_reading_of_a_latin_spelling(token: str, consonants: list[str], runs: tuple[str, ...]) -> None:
    reading = arabic_reading(token)
    assert [letters for letters, _ in reading[0]] == [frozenset(c) for c in consonants]
    assert [standard for _, standard in reading[0]] == [c[0] for c in consonants]
    assert reading[1] == runs


@pytest.mark.parametrize(
    "token",
    ["meshaal", "abdulkhaleq", "tchernikov", "schwarz", "dzhabbarov", "moritz", "tsvetkov", "phuoc", "gheorghe",
     "al-ahmad", "o'brien", "2nd", "bab", "hh", "h", "", "aeiouwy", "sch", "dzh", "yaakov"],
)
def test_skeleton_reads_as_the_classes_do(token: str) -> None:
    # the skeleton of an ASCII token is made by translation; it must be the collapsed classes
    collapsed: list[str] = []
    for cls in _classes(token):
        if cls and (not collapsed or collapsed[-1] != cls):
            collapsed.append(cls)
    if len(collapsed) > 1 and collapsed[-1] == "h":
        collapsed.pop()
    assert skeleton(token) == "".join(collapsed)


@pytest.mark.parametrize(
    ("token", "onset"),
    [("kobeissi", (False, "كق")),  # k writes ك or ق
     ("oualid", (False, "و")),     # French ou before a vowel is the consonant و
     ("omar", (True, "م")),        # a vowel first
     ("yusuf", (False, "ي")),      # y before a vowel is ي
     ("aia", None)],               # no consonant
)
def test_arabic_onset_is_how_the_reading_starts(token: str, onset: tuple[bool, str] | None) -> None:
    expected = None if onset is None else (onset[0], frozenset(onset[1]))
    assert arabic_onset(token) == expected
    consonants, runs = arabic_reading(token)
    assert (None if not consonants else (bool(runs[0]), consonants[0][0])) == arabic_onset(token)

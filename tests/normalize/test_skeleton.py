import pytest

from namekit.normalize import normalize, skeleton


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

import pytest

from namekit.normalize.unicode import fold


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("İbrahim Kalın", "ibrahim kalin"),
        ("Gideon Sa’ar", "gideon sa'ar"),
        ("Gideon Saʼar", "gideon sa'ar"),
        ("ʿAbd al-Rahman", "'abd al-rahman"),
        ("Khalil al‐Hayya", "khalil al-hayya"),
        ("Khalil al–Hayya", "khalil al-hayya"),
        ("STRAẞE", "strasse"),
        ("  Hassan \t Rashad  ", "hassan rashad"),
        ("ﬁrst", "first"),  # NFKC ligature
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded

import pytest

from namekit.normalize.order import reorder


@pytest.mark.parametrize(
    "text, ordered",
    [
        ("rashad, hassan", "hassan rashad"),
        ("bin ladin, usama", "usama bin ladin"),
        ("acme, ltd.", "acme, ltd."),
        ("acme trading, inc", "acme trading, inc"),
        ("valor y principio de dar, a.c.", "valor y principio de dar, a.c."),  # a legal form, not a given name
        ("agricola ruelas, s.p.r. de r.i.", "agricola ruelas, s.p.r. de r.i."),
        ("kan, sa'ad", "sa'ad kan"),  # one word with an ʿayn, not the legal forms "sa" and "ad"
        ("a, b, c", "a, b, c"),
        ("rashad,", "rashad,"),
        ("hassan rashad", "hassan rashad"),
    ],
)
def test_reorder(text: str, ordered: str) -> None:
    assert reorder(text) == ordered

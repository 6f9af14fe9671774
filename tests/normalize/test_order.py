import pytest

from namekit.normalize.order import reorder


@pytest.mark.parametrize(
    "text, ordered",
    [
        ("rashad, hassan", "hassan rashad"),
        ("bin ladin, usama", "usama bin ladin"),
        ("acme, ltd.", "acme, ltd."),
        ("acme trading, inc", "acme trading, inc"),
        ("kan, sa'ad", "sa'ad kan"),  # one word with an ʿayn, not the legal forms "sa" and "ad"
        ("a, b, c", "a, b, c"),
        ("rashad,", "rashad,"),
        ("hassan rashad", "hassan rashad"),
    ],
)
def test_reorder(text: str, ordered: str) -> None:
    assert reorder(text) == ordered

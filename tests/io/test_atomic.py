from pathlib import Path

import pytest

from namekit.io.atomic import atomic_output


def test_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_output(target) as out:
        out.write("complete\n")
    assert target.read_text() == "complete\n"
    assert list(tmp_path.iterdir()) == [target]


def test_interrupted_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n")
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(target) as out:
            out.write("half")
            raise KeyboardInterrupt
    assert target.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [target]

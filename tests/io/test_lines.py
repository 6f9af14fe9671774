import io

from namekit.io.lines import read_lines


def test_lines_with_bom_crlf_and_bad_bytes() -> None:
    data = b"\xef\xbb\xbfHassan Rashad\r\n\xff\xfebad\n\n" + "حسن رشاد\n".encode()
    lines = list(read_lines(io.BytesIO(data)))
    assert [line.text for line in lines][0] == "Hassan Rashad"
    assert lines[1].error == "line 2 is not valid UTF-8 (byte 1: 0xff)"
    assert lines[2].text == "" and lines[2].error is None
    assert lines[3].text == "حسن رشاد"
    assert [line.number for line in lines] == [1, 2, 3, 4]

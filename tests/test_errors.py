from namekit.errors import NamekitError, RegistryError, RegistryIssue


def test_str_has_file_line_column() -> None:
    assert str(NamekitError("bad", path="a.yaml", line=3, column=5)) == "a.yaml:3:5: bad"
    assert str(NamekitError("bad")) == "bad"


def test_registry_error_keeps_every_issue() -> None:
    issues = [RegistryIssue("a.yaml", 1, 1, "one", entity_id="a"), RegistryIssue("b.yaml", 2, 1, "two")]
    error = RegistryError(issues)
    assert error.issues == tuple(issues)
    assert (error.path, error.line, error.entity_id) == ("a.yaml", 1, "a")
    assert str(error) == "a.yaml:1:1: one (and 1 more)"

import pytest

from eventwire.events.codebook import load_codebook, quad_class_of
from eventwire.schema import PLOVER_CATEGORIES


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


@pytest.mark.parametrize("code, root, quad, goldstein, plover", [
    ("010", "01", 1, 0.0, None),
    ("0231", "02", 1, 3.4, None),
    ("0332", "03", 1, 5.2, "AGREE"),
    ("042", "04", 1, 1.9, "CONSULT"),
    ("057", "05", 1, 8.0, "SUPPORT"),
    ("062", "06", 2, 7.4, "COOPERATE"),
    ("073", "07", 2, 7.4, "AID"),
    ("0841", "08", 2, 7.0, "RETREAT"),
    ("090", "09", 2, -2.0, "INVESTIGATE"),
    ("1041", "10", 3, -5.0, "DEMAND"),
    ("112", "11", 3, -2.0, "DISAPPROVE"),
    ("138", "13", 3, -7.0, "THREATEN"),
    ("163", "16", 4, -8.0, "COERCE"),
    ("180", "18", 4, -9.0, "ASSAULT"),
    ("190", "19", 4, -10.0, "FIGHT"),
    ("192", "19", 4, -9.5, "FIGHT"),
    ("2041", "20", 4, -10.0, "ASSAULT"),
])
def test_code_values(codebook, code, root, quad, goldstein, plover):
    entry = codebook[code]
    assert (entry.root, entry.quad_class, entry.goldstein, entry.plover) == (root, quad, goldstein, plover)
    assert entry.label


def test_every_code_is_complete(codebook):
    assert len(codebook) > 300
    for code in codebook.codes():
        entry = codebook[code]
        assert entry.root == code[:2] and entry.quad_class == quad_class_of(code[:2])
        assert entry.plover is None or entry.plover in PLOVER_CATEGORIES
        assert (entry.plover is None) == (entry.root in ("01", "02")), code


def test_unknown_subcode_falls_back_to_parent(codebook):
    entry = codebook["0339"]
    assert entry.code == "0339" and entry.goldstein == codebook["033"].goldstein
    assert entry.plover == "AGREE"
    assert codebook.get("99") is None
    with pytest.raises(KeyError):
        codebook["99"]


def test_quad_class_boundaries():
    assert [quad_class_of(r) for r in ("01", "05", "06", "09", "10", "14", "15", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]

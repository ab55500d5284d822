"""src/eventwire/data/actors_curated.yaml: a reviewed data file, compiled into actors.json.gz."""

from __future__ import annotations

from importlib import resources

import pytest

from eventwire.actors.kb import normalize_name
from eventwire.actors.userfile import read_user_actor_file

CURATED = resources.files("eventwire.data").joinpath("actors_curated.yaml")


@pytest.fixture(scope="module")
def curated():
    return read_user_actor_file(str(CURATED))   # validated as a user file: codes, dates, kinds (E201)


def test_every_entry_names_its_source(curated):
    missing = [actor.name for actor in curated if not actor.source]
    assert not missing, missing


def test_people_have_dated_roles_and_groups_a_code(curated):
    assert all(actor.roles or actor.code for actor in curated)
    assert all(actor.code or actor.roles for actor in curated if actor.kind != "person")


def test_no_alias_is_a_state_name(curated, kb):
    states = {key for key, index in kb.names.items() if kb.entries[index].kind == "state"}
    clashing = [name for actor in curated for name in (actor.name, *actor.aliases) if normalize_name(name) in states]
    assert not clashing, clashing


def test_the_built_data_holds_the_curated_file(curated, kb):
    """Changing the curated file needs `python scripts/build_actor_data.py`; this fails until it is run."""
    curated_source = next(index for index, source in enumerate(kb.sources) if source.id == "curated")
    stale = []
    for actor in curated:
        entry = kb.entries[kb.candidates(normalize_name(actor.name))[0]]
        roles = {(role[0], role[1], role[2]) for role in entry.dated
                 if (role[4] if len(role) > 4 and role[4] is not None else entry.source) == curated_source}
        if {(code, start, end) for code, start, end, _ in actor.roles} - roles:
            stale.append(actor.name)
    assert not stale, f"rebuild the actor data: {stale[:5]}"


def test_it_covers_the_offices_it_promises(curated):
    notes = " ".join(actor.source for actor in curated)
    for office in ("Secretary of State", "Secretary of Defense", "National Security Advisor", "Chief of the General Staff",
                   "UN Special Envoy for Syria", "Secretary-General of the United Nations"):
        assert office in notes or any(office == role[3] for actor in curated for role in actor.roles), office

"""PLOVER's agent list compiled into the package: what unnamed groups take as their sector."""

from __future__ import annotations

from eventwire.actors.kb import load_knowledge_base
from eventwire.actors.plover_agents import plover_agent_codes


def test_the_compiled_list_maps_plover_codes_to_cameo_sectors():
    codes = plover_agent_codes()
    assert codes["protesters"] == "CVLOPP"   # PLOVER: civilians in opposition
    assert codes["aid groups"] == "NGO"
    assert codes["journalists"] == "MED"     # PLOVER's JRN
    assert codes["doctors"] == "HLH"         # PLOVER's MED is medical
    assert "security forces" not in codes    # PLOVER codes it ~COP and ~MIL: left to Phoenix
    assert "earthquake" not in codes         # JNK: no actor


def test_the_default_knowledge_base_reads_it_and_a_bare_one_does_not(kb):
    assert kb.group_sectors["protesters"] == "CVLOPP"
    assert load_knowledge_base(use_defaults=False).group_sectors == {}


def test_a_users_agent_file_beats_plover(tmp_path):
    agents = tmp_path / "agents.txt"
    agents.write_text("PROTESTER [~OPP]\n")
    kb = load_knowledge_base(agent_files=[agents])
    assert kb.agents["protesters"] == "~OPP" and "protesters" not in kb.group_sectors
    assert kb.group_sectors["aid groups"] == "NGO"

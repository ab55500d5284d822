"""Readers, one per gold format: a file path in, gold records (eventwire.evaluate.gold) out."""

from eventwire.evaluate.readers.conflibert import parse_conflibert_tsv, read_conflibert_tsv
from eventwire.evaluate.readers.petrarch import parse_petrarch_xml, read_petrarch_xml
from eventwire.evaluate.readers.plover import parse_plover_json, read_plover_json

__all__ = ["parse_conflibert_tsv", "parse_petrarch_xml", "parse_plover_json",
           "read_conflibert_tsv", "read_petrarch_xml", "read_plover_json"]

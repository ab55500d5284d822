"""Readers, one per gold format: a file path in, gold records (eventwire.evaluate.gold) out."""

from eventwire.evaluate.readers.conflibert import parse_conflibert_tsv, read_conflibert_tsv
from eventwire.evaluate.readers.conflibert_ner import parse_conflibert_ner, read_conflibert_ner
from eventwire.evaluate.readers.petrarch import parse_petrarch_xml, read_petrarch_xml
from eventwire.evaluate.readers.plover import parse_plover_json, read_plover_json
from eventwire.evaluate.readers.re3d import read_re3d

__all__ = ["parse_conflibert_ner", "parse_conflibert_tsv", "parse_petrarch_xml", "parse_plover_json",
           "read_conflibert_ner", "read_re3d", "read_conflibert_tsv", "read_petrarch_xml", "read_plover_json"]

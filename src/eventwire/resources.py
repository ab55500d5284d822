"""Everything the pipeline is handed: the spaCy model and the compiled knowledge, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from spacy.language import Language

from eventwire.budget import DEFAULT_TIME_LIMIT
from eventwire.windows import MAX_WINDOW_CHARS


@dataclass
class Resources:
    nlp: Language
    kb: Any            # eventwire.actors.kb.KnowledgeBase
    verbs: Any         # eventwire.events.verbs.VerbDictionary
    codebook: Any      # eventwire.events.codebook.Codebook
    gazetteer: Any     # eventwire.attributes.places.Gazetteer
    tone_lexicon: Any  # eventwire.attributes.tone.ToneLexicon
    coder_options: Any = None  # eventwire.events.options.CoderOptions; None = the coder's defaults
    aliases: Any = None        # eventwire.actors.aliases.AliasTable (learned aliases); None: none
    time_limit: float | None = DEFAULT_TIME_LIMIT  # seconds per document (eventwire.budget); None: no limit
    window_chars: int = MAX_WINDOW_CHARS           # longer texts are processed in windows (eventwire.windows)
    event_model: Any = None    # eventwire.events.model.EventModel; None: the dictionary coder decides
    encoder: Any = None        # eventwire.events.encoder.SentenceEncoder, read by the event model
    min_confidence: float | None = None   # events below it are not coded; None: the model's own threshold


def load_resources(*, actor_files: Sequence[Path] = (), verb_file: Path | None = None,
                   agent_files: Sequence[Path] = (), use_default_dictionaries: bool = True,
                   nlp: Language | None = None, discard_files: Sequence[Path] = (),
                   pico_files: Sequence[Path] = (), time_limit: float | None = DEFAULT_TIME_LIMIT,
                   min_confidence: float | None = None, learned_events: bool = True,
                   aliases=None) -> Resources:
    """Load the model and dictionaries. User dictionaries are added to the built-in ones, or
    replace them with `use_default_dictionaries=False` (CONTRACT.md `--no-default-dictionaries`).
    With the built-in verb dictionary the learned event model codes events (docs/events.md); a user's
    verb dictionary decides alone, as in PETRARCH.
    `pico_files`: UniversalPetrarch coding ontologies, which say how a negated verb is coded.
    `time_limit`: seconds one document may take (0 or None: no limit), else an E302 error record.
    `min_confidence`: the least calibrated confidence of a coded event (None: the model's default).
    `learned_events=False` loads no event model (its own training does that).
    `aliases`: a learned alias table (eventwire.actors.aliases.AliasTable), less the names the user's
    actor files claim."""
    from eventwire.actors.kb import load_knowledge_base
    from eventwire.attributes.places import load_gazetteer
    from eventwire.attributes.tone import load_tone_lexicon
    from eventwire.events.codebook import load_codebook
    from eventwire.events.encoder import load_encoder
    from eventwire.events.model import load_event_model
    from eventwire.events.verbs import load_verb_dictionary
    from eventwire.nlp import load_nlp

    learned = learned_events and use_default_dictionaries and verb_file is None
    kb = load_knowledge_base(actor_files=actor_files, agent_files=agent_files, use_defaults=use_default_dictionaries)
    return Resources(
        nlp=nlp or load_nlp(),
        kb=kb,
        aliases=with_aliases_for(kb, aliases),
        verbs=load_verb_dictionary(verb_file, use_defaults=use_default_dictionaries,
                                   discard_files=tuple(discard_files), pico_files=tuple(pico_files)),
        codebook=load_codebook(),
        gazetteer=load_gazetteer(),
        tone_lexicon=load_tone_lexicon(),
        time_limit=time_limit or None,
        event_model=load_event_model() if learned else None,
        encoder=load_encoder() if learned else None,
        min_confidence=min_confidence,
    )


def with_aliases_for(kb, aliases):
    """The alias table a knowledge base may use: a user-file name is never taken by a learned alias."""
    return aliases.without_names(kb.user_names) if aliases else None

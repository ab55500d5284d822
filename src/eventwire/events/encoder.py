"""The sentence encoder: contextual vectors for the words of a sentence, from a small pretrained
transformer (all-MiniLM-L6-v2, int8 ONNX in data/encoder/, exported by scripts/export_encoder.py).

Used frozen by the event model: one pass per sentence that has event candidates; a spaCy token's vector
is the mean of its word-pieces' vectors. onnxruntime runs it on the CPU with one thread (the pipeline's
parallelism is by document, in `--workers`), nothing is downloaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Span as SpacySpan

from eventwire.errors import DictionaryError

ENCODER_DIR = "encoder"
MAX_PIECES = 256          # longer sentences are cut (their last words get no vector of their own)
BATCH = 16


@dataclass
class SentenceEncoder:
    session: object           # onnxruntime.InferenceSession
    tokenizer: object         # tokenizers.Tokenizer
    width: int

    def token_vectors(self, sentences: list[SpacySpan]) -> list[np.ndarray]:
        """For each sentence, a (tokens, width) array of its spaCy tokens' contextual vectors."""
        found: list[np.ndarray | None] = [None] * len(sentences)
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i].text))
        for start in range(0, len(order), BATCH):
            chunk = order[start:start + BATCH]
            encodings = self.tokenizer.encode_batch([sentences[i].text for i in chunk])
            hidden = self._run(encodings)
            for row, index in enumerate(chunk):
                found[index] = _per_token(sentences[index], encodings[row], hidden[row])
        return found

    def _run(self, encodings) -> np.ndarray:
        length = max(min(len(e.ids), MAX_PIECES) for e in encodings)
        ids = np.zeros((len(encodings), length), dtype=np.int64)
        mask = np.zeros((len(encodings), length), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            pieces = encoding.ids[:MAX_PIECES]
            ids[row, :len(pieces)] = pieces
            mask[row, :len(pieces)] = 1
        return self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]


def _per_token(sent: SpacySpan, encoding, hidden: np.ndarray) -> np.ndarray:
    """Mean of the word-piece vectors inside each spaCy token's characters."""
    vectors = np.zeros((len(sent), hidden.shape[1]), dtype=np.float32)
    counts = np.zeros(len(sent), dtype=np.float32)
    starts = np.array([token.idx - sent.start_char for token in sent])
    ends = starts + np.array([len(token) for token in sent])
    for piece, (start, end) in enumerate(encoding.offsets[:MAX_PIECES]):
        if end <= start:
            continue      # [CLS], [SEP]
        token = int(np.searchsorted(starts, start, side="right")) - 1
        if 0 <= token < len(sent) and start < ends[token]:
            vectors[token] += hidden[piece]
            counts[token] += 1
    return vectors / np.maximum(counts, 1.0)[:, None]


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder:
    import onnxruntime
    from tokenizers import Tokenizer

    folder = resources.files("eventwire.data").joinpath(ENCODER_DIR)
    try:
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        model = folder.joinpath("encoder.onnx").read_bytes()
        session = onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_str(folder.joinpath("tokenizer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RuntimeError) as exc:
        raise DictionaryError("E202", str(folder), None, f"sentence encoder unreadable: {exc}; rebuild it with "
                              "scripts/export_encoder.py") from exc
    width = session.get_outputs()[0].shape[-1]
    return SentenceEncoder(session, tokenizer, int(width) if isinstance(width, int) else 384)

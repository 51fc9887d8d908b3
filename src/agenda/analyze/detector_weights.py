"""Weights of the statement detector's linear model (written by `python -m agenda.evaluate.train_detect`)."""

WEIGHTS: dict[str, dict[str, float]] = {
    "none": {"bias": 0.0},
    "commitment": {"bias": -1.0, "forward": 1.5},
    "progress": {"bias": -1.0, "done": 1.2},
}

THRESHOLDS: dict[str, dict[str, float]] = {}

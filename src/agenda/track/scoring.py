"""The link model: one logistic regression per statement type over the link features."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from agenda.model import StatementType
from agenda.track.features import FEATURES


@dataclass(frozen=True)
class Logistic:
    """p = sigmoid(intercept + sum(coef * (x - mean) / scale))."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def probability(self, features: np.ndarray) -> np.ndarray:
        z = (features - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.coef) + self.intercept)))

    def contributions(self, row: np.ndarray) -> np.ndarray:
        """Each feature's share of the logit for one pair (to explain a link)."""
        return (row - np.asarray(self.mean)) / np.asarray(self.scale) * np.asarray(self.coef)

    def to_json(self) -> dict[str, Any]:
        return {"mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef),
                "intercept": self.intercept}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Logistic:
        return cls(tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]), float(data["intercept"]))


@dataclass(frozen=True)
class LinkModel:
    """A progress report and a (re-)announcement are linked on different evidence."""

    progress: Logistic
    commitment: Logistic

    def for_type(self, statement_type: StatementType) -> Logistic:
        return self.progress if statement_type == StatementType.PROGRESS else self.commitment

    def to_json(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "progress": self.progress.to_json(),
                "commitment": self.commitment.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinkModel:
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the stored link model was fitted on other features: "
                             "re-run benchmarks/fit_link_model.py")
        return cls(Logistic.from_json(data["progress"]), Logistic.from_json(data["commitment"]))


def fit_logistic(features: np.ndarray, labels: np.ndarray, l2: float = 1.0,
                 iterations: int = 40) -> Logistic:
    """Maximum-likelihood logistic regression with an L2 penalty (Newton steps, numpy only)."""
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale = np.where(scale < 1e-9, 1.0, scale)
    z = np.c_[(features - mean) / scale, np.ones(len(features))]
    w = np.zeros(z.shape[1])
    penalty = l2 * np.r_[np.ones(z.shape[1] - 1), 0.0]
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - labels) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return Logistic(tuple(float(v) for v in mean), tuple(float(v) for v in scale),
                    tuple(float(v) for v in w[:-1]), float(w[-1]))

"""The learned half of classification: section x requirement relevance.

One logistic regression per requirement over the language-neutral features of
:class:`gapcheck.classify.FeatureSpace`. Because the features are rubric elements and
legal categories rather than words, a model trained on English and French statutes can
score a German one; leave-one-jurisdiction-out evaluation measures exactly that.

Persistence is plain JSON (feature names, coefficients, intercepts): readable, diffable
and safe to load, unlike a pickle a user would have to trust.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression

from .errors import GapcheckError

MODEL_PATH = Path(__file__).parent / "data" / "relevance-model.json"
FORMAT = "gapcheck-relevance-model/1"


class ModelError(GapcheckError):
    """A saved model cannot be used (missing, malformed, or trained on other features)."""


class RelevanceModel(ClassifierMixin, BaseEstimator):
    """Per-requirement logistic regressions; ``predict_proba`` gives {requirement: p} rows.

    Each requirement's regression sees only its own features (``<id>:...``) and the
    shared ones (``legal:...``, ``length``): about 25 weights each, few enough to
    generalise from a few hundred annotated sections to a jurisdiction never seen.
    Requirements with fewer than ``min_positives`` positive examples get no model
    (the rules alone decide them), which the saved file records. Ten, not fewer: a
    regression fitted on five to nine positives (image-based abuse, live streaming, policy,
    monitoring, oversight, due diligence) turned down clear rule findings in sections unlike
    its few examples, and leave-one-jurisdiction-out F1 was no better with it. The model confirms what
    the rules propose (:func:`gapcheck.classify.score_sections`): a section the rules judge
    relevant stays relevant when its probability reaches ``threshold``.
    """

    def __init__(self, C: float = 1.0, min_positives: int = 10, class_weight: str | None = None,
                 threshold: float = 0.15):
        self.C = C
        self.min_positives = min_positives
        self.class_weight = class_weight
        self.threshold = threshold

    def _columns(self, label: str) -> list[int]:
        return [i for i, name in enumerate(self.feature_names_)
                if name.startswith(label + ":") or name.startswith("legal:") or name == "length"]

    def fit(self, X: Sequence[Sequence[float]], Y: Sequence[set[str]], labels: Sequence[str],
            feature_names: Sequence[str]) -> "RelevanceModel":
        X = np.asarray(X, dtype=float)
        self.labels_ = list(labels)
        self.feature_names_ = list(feature_names)
        self.coef_: dict[str, list[float]] = {}
        self.intercept_: dict[str, float] = {}
        self.n_positives_: dict[str, int] = {}
        self.columns_: dict[str, list[int]] = {}
        for label in self.labels_:
            y = np.array([label in ys for ys in Y], dtype=int)
            self.n_positives_[label] = int(y.sum())
            if y.sum() < self.min_positives or y.sum() == len(y):
                continue
            self.columns_[label] = self._columns(label)
            estimator = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000)
            estimator.fit(X[:, self.columns_[label]], y)
            self.coef_[label] = [float(v) for v in estimator.coef_[0]]
            self.intercept_[label] = float(estimator.intercept_[0])
        return self

    def predict_proba(self, X) -> list[dict[str, float]]:
        X = np.asarray(X, dtype=float)
        rows: list[dict[str, float]] = [dict() for _ in range(len(X))]
        for label, coef in self.coef_.items():
            z = X[:, self.columns_[label]] @ np.asarray(coef) + self.intercept_[label]
            p = 1.0 / (1.0 + np.exp(-z))
            for row, value in zip(rows, p):
                row[label] = float(value)
        return rows

    # -- persistence -------------------------------------------------------
    def to_json(self, rubric_id: str = "", rubric_sha256: str = "") -> str:
        payload = {
            "format": FORMAT,
            "rubric": {"id": rubric_id, "sha256": rubric_sha256},
            "params": {"C": self.C, "min_positives": self.min_positives, "class_weight": self.class_weight,
                       "threshold": self.threshold},
            "labels": self.labels_,
            "n_positives": self.n_positives_,
            "feature_names": self.feature_names_,
            "intercept": {k: round(v, 8) for k, v in sorted(self.intercept_.items())},
            "coef": {k: [round(c, 8) for c in v] for k, v in sorted(self.coef_.items())},
        }
        return json.dumps(payload, indent=1, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "<model>") -> "RelevanceModel":
        try:
            payload = json.loads(text)
            if payload.get("format") != FORMAT:
                raise ModelError(f"{source}: not a gapcheck relevance model (format {payload.get('format')!r})")
            model = cls(**payload["params"])
            model.labels_ = list(payload["labels"])
            model.feature_names_ = list(payload["feature_names"])
            model.n_positives_ = dict(payload["n_positives"])
            model.intercept_ = {k: float(v) for k, v in payload["intercept"].items()}
            model.coef_ = {k: [float(c) for c in v] for k, v in payload["coef"].items()}
            model.rubric_ = dict(payload.get("rubric", {}))
            model.columns_ = {k: model._columns(k) for k in model.coef_}
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{source}: malformed model file ({exc})") from None
        for label, coef in model.coef_.items():
            if len(coef) != len(model.columns_[label]):
                raise ModelError(f"{source}: model for {label} has {len(coef)} weights, "
                                 f"expected {len(model.columns_[label])}")
        return model

    def check_features(self, feature_names: Sequence[str], source: str = "<model>") -> None:
        if list(feature_names) != self.feature_names_:
            raise ModelError(f"{source}: the model was trained on other features (another rubric "
                             f"or extractor version); run `gapcheck train` to retrain it")


def load_model(path: str | Path | None = None) -> RelevanceModel | None:
    """The saved model, or None when no model has been trained (rules only)."""
    path = Path(path) if path else MODEL_PATH
    if not path.exists():
        if path == MODEL_PATH:
            return None
        raise ModelError(f"{path}: no such model file")
    return RelevanceModel.from_json(path.read_text(encoding="utf-8"), str(path))

"""The relevance model follows scikit-learn's conventions and round-trips through its JSON file."""
import json

import numpy as np
import pytest

from gapcheck.model import ModelError, RelevanceModel


def _toy():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 3))
    Y = [{"a"} if x[0] > 0 else set() for x in X]
    return X, Y


def test_fit_returns_self_and_learns_trailing_underscore_attributes():
    X, Y = _toy()
    model = RelevanceModel(C=0.5)
    assert model.fit(X, Y, ["a", "b"], ["a:f0", "a:f1", "a:f2"]) is model
    assert set(model.coef_) == {"a"}            # "b" has no positives: rules alone decide it
    assert model.n_positives_ == {"a": sum(1 for y in Y if y), "b": 0}
    assert not hasattr(RelevanceModel(), "coef_")   # __init__ stores parameters only


def test_probabilities_follow_the_signal():
    X, Y = _toy()
    model = RelevanceModel().fit(X, Y, ["a"], ["a:f0", "a:f1", "a:f2"])
    p = model.predict_proba([[3.0, 0, 0], [-3.0, 0, 0]])
    assert p[0]["a"] > 0.8 and p[1]["a"] < 0.2


def test_json_round_trip_gives_identical_predictions():
    X, Y = _toy()
    model = RelevanceModel().fit(X, Y, ["a"], ["a:f0", "a:f1", "a:f2"])
    again = RelevanceModel.from_json(model.to_json("r", "h"))
    before = [row["a"] for row in model.predict_proba(X[:5])]
    after = [row["a"] for row in again.predict_proba(X[:5])]
    assert after == pytest.approx(before, abs=1e-6)


@pytest.mark.parametrize("text,problem", [
    ("not json", "malformed"),
    (json.dumps({"format": "other"}), "not a gapcheck relevance model"),
    (json.dumps({"format": "gapcheck-relevance-model/1", "params": {}, "labels": ["a"], "feature_names": ["a:x"],
                 "n_positives": {}, "intercept": {"a": 0}, "coef": {"a": [1, 2]}}), "expected 1"),
])
def test_bad_model_files_are_refused(text, problem):
    with pytest.raises(ModelError, match=problem):
        RelevanceModel.from_json(text, "m.json")


def test_feature_mismatch_is_a_named_error():
    X, Y = _toy()
    model = RelevanceModel().fit(X, Y, ["a"], ["a:f0", "a:f1", "a:f2"])
    with pytest.raises(ModelError, match="gapcheck train"):
        model.check_features(["f0", "f1"])

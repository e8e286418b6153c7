"""Session 12 (sanctions recall): classes recurring over the pooled probes 1-11 (texts written for the tests)."""
import pytest

from briefextract import extract


def _recs(text):
    return {(r.action, r.imposer, r.target) for r in extract(text).sanctions}


# -- pausing / freezing a measure stops it (lift); delaying one leaves it planned (consider) ---------
@pytest.mark.parametrize("text, expected", [
    ("Canada paused its sanctions on Guatemalan judges last week.", ("lift", "Canada", "Guatemalan judges")),
    ("Ottawa announced a freeze on sanctions against Nicaragua.", ("lift", "Canada", "Nicaragua")),
    ("The sanctions on Aeroflot were paused in October by Japan.", ("lift", "Japan", "Aeroflot")),
    ("The Council postponed new sanctions against Georgia until March.", ("consider", None, "Georgia")),
    ("Brussels deferred the 20th package of sanctions on Russia.", ("consider", "European Union", "Russia")),
    ("The tariffs on Canadian steel were postponed by the White House.", ("consider", "White House", "Canadian steel")),
])
def test_pausing_lifts_and_delaying_considers(text, expected):
    recs = _recs(text)
    assert expected in recs, recs
    assert all(a != "suspend" for a, _, _ in recs), recs


def test_delay_without_a_measure_is_no_action():
    assert not _recs("Hungary delayed the vote on the new budget. The talks were postponed.")

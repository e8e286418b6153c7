"""Events, session 14: classes of error that recur over the pool of twelve probes (each in at least
three texts of at least two probes), fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import PUB, event_dicts, of_type


def test_undated_meeting_a_speaker_comes_from_is_the_days_news(extract):
    # "X said during a meeting with Y", "said X following talks with Y": the occasion of the words, which
    # no date names, happens as the article is written (it was dropped as an undated time frame)
    for text, kind, party in (
        (
            (
                '"Kenya stands with Somalia," President William Ruto said during a meeting at the State House '
                "with Somali President Hassan Sheikh Mohamud."
            ),
            "meeting", "Somalia",
        ),
        (
            (
                '"We will follow the rules," said Prime Minister Petteri Orpo following talks in Madrid with '
                "Spanish Prime Minister Pedro Sanchez."
            ),
            "talks", "Pedro Sanchez",
        ),
        (
            (
                '"The border stays shut," Defence Minister Hanno Pevkur was quoted by ERR as saying during the '
                "government meeting."
            ),
            "meeting", "Hanno Pevkur",
        ),
    ):
        ev = of_type(event_dicts(extract, text), kind)
        assert len(ev) == 1 and ev[0]["date"] == PUB and party in ev[0]["participants"], (text, ev)


def test_time_frames_that_no_speech_opens_stay_left_out(extract):
    # no verb of saying right before 'during': still a time frame, not a happening of the day
    for text in (
        "Fiala said the army needed funds during the war.",
        "The army needed more funds during the talks, Petr Fiala said.",
        "Prices rose sharply during the summit in Rome.",
    ):
        events = event_dicts(extract, text)
        assert not [e for e in events if e["type"] in ("meeting", "talks", "visit") and e["date"] == PUB], (text, events)

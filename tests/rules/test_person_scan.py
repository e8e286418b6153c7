"""finditer_at / occurrences and the scans built on them give exactly what finditer gives."""

from __future__ import annotations

import re

from briefextract.rules.person_scan import finditer_at, occurrences
from briefextract.rules.persons import PLATFORM, POST_STEMS, _run_starts

TEXTS = [
    "el-Sisi met al-Assad and Al-Thani in Cairo. The U.S. envoy John Cole said so.",
    "NATO’s McDonald, an iPhone user, posted on Truth Social; reposted on X. ÉLYSÉE Östen Ānanda",
    "a video on his Rumble channel and messages on Telegram (Reuters) – MINSK",
    "",
]


def test_occurrences_finds_overlapping_needles():
    assert occurrences("aaaa", ["aa"]) == [0, 1, 2]
    assert occurrences("posted a post", ["post", "posted"]) == [0, 9]


def test_finditer_at_equals_finditer_given_every_start():
    pattern = re.compile(r"(?<!\w)[A-Z]\w+(?: [A-Z]\w+)*")
    for text in TEXTS:
        starts = [i for i, c in enumerate(text) if c.isupper()]
        assert [m.span() for m in finditer_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


def test_platform_and_run_scans_equal_finditer(nlp):
    run = nlp.get_pipe("persons").lex.compiled["run"]
    for text in TEXTS:
        assert ([m.span() for m in finditer_at(PLATFORM, text, occurrences(text, POST_STEMS))]
                == [m.span() for m in PLATFORM.finditer(text)])
        assert [m.span() for m in finditer_at(run, text, _run_starts(text))] == [m.span() for m in run.finditer(text)]

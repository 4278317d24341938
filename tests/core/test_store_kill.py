"""Kill -9 while saving: the file always opens and holds one whole state, old or new."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from briefing_samples import edited_briefing, make_extraction
from lagebild.core.briefing_json import briefing_to_dict, export_json
from lagebild.core.store import load_briefing, save_briefing

KILLS = 20

SAVING_LOOP = """
import sys
from lagebild.core.briefing_json import import_json
from lagebild.core.store import BriefingFile

path, *states = sys.argv[1:]
states = [import_json(s) for s in states]
handle, _ = BriefingFile.open(path)
print("saving", flush=True)
n = 0
while True:
    n += 1
    state = states[n % 2]
    if n % 5 == 0:
        handle.save_as(path, state)  # the temporary-file-and-rename path
    else:
        handle.save(state)  # the transaction-in-place path
"""


def two_states() -> tuple:
    old = edited_briefing()
    new = edited_briefing()
    new.title = "Neuer Stand"
    new.articles[0].reliability = "A1"
    del new.corrections[3:]
    long_text = " ".join(f"Am {1 + n % 28}. Februar meldete die Agentur Neuigkeit Nummer {n} aus Kiew." for n in range(300))
    new.add_article(make_extraction(long_text, entities={"Agentur": ("ORG", ["Agentur"])}))
    new.remove_article(new.articles[1].key)
    return old, new


@pytest.mark.slow
def test_a_saving_process_killed_at_random_moments_never_leaves_a_broken_file(tmp_path: Path):
    old, new = two_states()
    states = []
    for name, briefing in (("old", old), ("new", new)):
        export_json(briefing, tmp_path / f"{name}.json")
        states.append(briefing_to_dict(briefing))
    path = tmp_path / "lage.lagebild"
    save_briefing(path, old)
    chance = random.Random(20240121)
    seen = set()
    interrupted = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVING_LOOP, str(path), str(tmp_path / "old.json"), str(tmp_path / "new.json")],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout.readline().strip() == "saving"
            try:
                child.wait(timeout=chance.uniform(0.0, 0.15))
            except subprocess.TimeoutExpired:
                pass
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
        assert child.returncode == -signal.SIGKILL  # it was still saving, not crashed
        interrupted += path.with_name(path.name + "-journal").exists()  # hot, or cut before it was
        state = briefing_to_dict(load_briefing(path))
        assert state in states
        seen.add(states.index(state))
    print(f"{KILLS} kills, {interrupted} in the middle of a transaction, states seen: {sorted(seen)}")

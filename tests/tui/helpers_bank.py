from pathlib import Path

from coach.bank.curriculum import load_curriculum
from coach.bank.questions import load_bank
from coach.domain.questions import Bank

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "bank.yaml"


def fixture_bank() -> Bank:
    return load_bank([FIXTURE], [c.id for c in load_curriculum().concepts])

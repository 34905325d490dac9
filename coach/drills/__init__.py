"""Implementation drills: write an ML building block from scratch in NumPy, checked offline.

A drill is a folder under ``question_bank/drills/<id>/`` with ``drill.yaml`` (metadata),
``starter.py`` (the contract the user fills in), ``reference.py`` (a readable solution) and
``checks.py`` (the hidden checker, written against ``coach.drills.harness.Suite``).
"""

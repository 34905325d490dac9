"""The JSON store that holds every bit of the user's progress.

``Store.open`` is the single way in. Writes are atomic and immediate; a corrupt file is moved
aside, a newer file is refused, and a second coach on the same store is told, not allowed in.
"""

from coach.store.errors import StoreBusy, StoreError, StoreTooNew, StoreUnreadable
from coach.store.store import Store

__all__ = ["Store", "StoreBusy", "StoreError", "StoreTooNew", "StoreUnreadable"]

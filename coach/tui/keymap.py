"""Your own keys: a ``keys.toml`` in the config directory remaps bindings by their id.

    [keys]
    "plan.done" = "x"
    "app.grid" = "G"

The file is checked before it is applied: an unknown binding id or two bindings of one screen
on the same key is reported (with close matches) and the defaults stay in force. Checking means
looking at every screen's bindings, so screens are imported only when the file exists.
"""

from __future__ import annotations

import difflib
import importlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.binding import Binding

KEYMAP_FILE = "keys.toml"

# Every screen with bindings: (module, class, what the user calls it).


@dataclass(frozen=True)
class KeyInfo:
    id: str
    keys: tuple[str, ...]
    description: str
    scope: str  # "app" or a screen name


def _bindings(owner: Any) -> list[Binding]:
    out = []
    for item in getattr(owner, "BINDINGS", []):
        if isinstance(item, Binding):
            out.append(item)
    return out


def _binding_classes() -> list[type]:
    """Every screen and widget class of the coach that declares its own bindings."""
    import pkgutil

    import coach.tui.screens
    import coach.tui.widgets

    found: list[type] = []
    for package in (coach.tui.screens, coach.tui.widgets):
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            try:
                module = importlib.import_module(f"{package.__name__}.{info.name}")
            except ImportError:
                continue
            found += [value for value in vars(module).values()
                      if isinstance(value, type) and value.__module__ == module.__name__
                      and "BINDINGS" in value.__dict__]
    return found


def all_bindings(app_class: Any) -> list[KeyInfo]:
    """Every binding with an id: the app's and each screen's and widget's (imports them all).

    A binding's scope is the first part of its id ("grid.toggle" is on the grid), so a widget's
    keys are checked for clashes with the keys of the screen it lives on.
    """
    infos = [KeyInfo(b.id, tuple(k.strip() for k in b.key.split(",")), b.description, "app")
             for b in _bindings(app_class) if b.id]
    for cls in _binding_classes():
        infos += [KeyInfo(b.id, tuple(k.strip() for k in b.key.split(",")), b.description,
                          b.id.split(".", 1)[0]) for b in _bindings(cls) if b.id]
    return infos


def read_keymap(path: Path) -> tuple[dict[str, str], list[str]]:
    """The remapping in ``path`` and any problems reading it (not yet checked against ids)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return {}, [f"{path}: cannot be read ({exc})"]
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"{path}: not valid TOML ({exc})"]
    table = data.get("keys", {})
    if not isinstance(table, dict):
        return {}, [f"{path}: [keys] should be a table of binding id = \"key\""]
    problems = []
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if not isinstance(keys, str) or not keys.strip():
            problems.append(f"{path}: keys.{binding_id} should be a key such as \"x\" or "
                            "\"ctrl+k\"")
            continue
        keymap[binding_id] = keys.strip()
    unknown = set(data) - {"keys"}
    if unknown:
        problems.append(f"{path}: unknown section(s) {', '.join(sorted(unknown))}; only [keys]")
    return keymap, problems


def check_keymap(keymap: dict[str, str], infos: list[KeyInfo], path: Path) -> list[str]:
    """Unknown ids and clashes (two bindings of one screen, or a screen and the app, on a key)."""
    by_id = {i.id: i for i in infos}
    problems = []
    for binding_id in keymap:
        if binding_id not in by_id:
            close = difflib.get_close_matches(binding_id, list(by_id), n=3, cutoff=0.5)
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            problems.append(f"{path}: unknown binding id '{binding_id}'.{hint}")

    def keys_of(info: KeyInfo) -> tuple[str, ...]:
        if info.id in keymap:
            return tuple(k.strip() for k in keymap[info.id].split(","))
        return info.keys

    app_infos = [i for i in infos if i.scope == "app"]
    scopes = sorted({i.scope for i in infos} - {"app"})
    reported: set[tuple[str, str, str]] = set()
    for scope in scopes:
        members = [i for i in infos if i.scope == scope] + app_infos
        owner: dict[str, KeyInfo] = {}
        for info in members:
            for key in keys_of(info):
                other = owner.get(key)
                if other is None:
                    owner[key] = info
                    continue
                if other.id == info.id or (info.id not in keymap and other.id not in keymap):
                    continue  # only remaps can clash; the defaults are known to work
                if info.scope == "app" and other.scope != "app":
                    continue  # a screen key deliberately shadowing an app key is fine
                pair = tuple(sorted((other.id, info.id)))
                if (pair[0], pair[1], key) in reported:
                    continue
                reported.add((pair[0], pair[1], key))
                problems.append(f"{path}: '{key}' would do both {other.id} "
                                f"({other.description}) and {info.id} ({info.description}) on "
                                f"the {scope} screen")
    return problems


def load_keymap(config_dir: Path, app_class: Any) -> tuple[dict[str, str], list[str]]:
    """The checked keymap (empty when there is none or it has problems) and its problems."""
    path = config_dir / KEYMAP_FILE
    if not path.exists():
        return {}, []
    keymap, problems = read_keymap(path)
    if not problems:
        problems = check_keymap(keymap, all_bindings(app_class), path)
    return ({} if problems else keymap), problems

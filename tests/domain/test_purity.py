"""The domain layer stays pure: importing all of it brings in neither textual nor rich."""

import subprocess
import sys


def test_domain_modules_import_no_interface_library() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import coach.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'coach.domain.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "", f"coach.domain imports {done.stdout.strip()}"

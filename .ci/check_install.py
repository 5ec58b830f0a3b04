"""Install a built wheel into a fresh virtual environment and use it as a PyPI user would.

    python .ci/check_install.py dist/frnews-*.whl

The virtual environment and the working directory are temporary directories outside the
source tree, so nothing can be imported from the checkout. The check runs
``frnews <absolute path of the seed> --json`` from there and compares the JSON with the
seed's gold annotations (tests/data/seed-000.json), then checks that the installed
package is the wheel's (its version, its ``py.typed``, its lexicon tables). It needs the
package registry for the run-time dependencies. Exit status 0 when every check passes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_29d02e5a573495e6.txt"
GOLD = ROOT / "tests" / "data" / "seed-000.json"


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].endswith(".whl"):
        print("usage: python .ci/check_install.py WHEEL", file=sys.stderr)
        return 2
    wheel = Path(argv[0]).resolve()
    version = wheel.name.split("-")[1]
    failures: list[str] = []
    passed = 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(what)
            print(f"FAILED: {what}", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="frnews-install-") as tmp:
        venv, work = Path(tmp) / "venv", Path(tmp) / "work"
        work.mkdir()
        base = getattr(sys, "_base_executable", sys.executable)
        made = run([base, "-m", "venv", str(venv)], cwd=work)
        if made.returncode != 0:
            print(made.stderr, file=sys.stderr)
            return 1
        py = venv / "bin" / "python"
        inst = run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], cwd=work)
        if inst.returncode != 0:
            print(inst.stdout + inst.stderr, file=sys.stderr)
            return 1

        # the installed package is the wheel's, not the checkout's
        probe = run(
            [
                str(py),
                "-c",
                "import frnews, pathlib; p = pathlib.Path(frnews.__file__).parent; "
                "print(p); print(frnews.__version__); "
                "print((p / 'py.typed').is_file()); "
                "from frnews.lexicons import table_names, load_table; "
                "print(all(load_table(n) for n in table_names()))",
            ],
            cwd=work,
        )
        check(probe.returncode == 0, f"import frnews: {probe.stderr.strip()}")
        lines = probe.stdout.split("\n")
        if len(lines) >= 4:
            pkg = Path(lines[0])
            check(pkg.is_relative_to(venv), f"frnews imported from {pkg}, not from the venv")
            check(not pkg.is_relative_to(ROOT), f"frnews imported from the source tree: {pkg}")
            check(lines[1] == version, f"frnews.__version__ is {lines[1]}, the wheel {version}")
            check(lines[2] == "True", "the installed package has no py.typed")
            check(lines[3] == "True", "a lexicon table is missing or empty")

        # what the user runs: the command, on the seed, from an unrelated directory
        frnews_cmd = str(venv / "bin" / "frnews")
        ver = run([frnews_cmd, "--version"], cwd=work)
        check(ver.stdout.strip() == f"frnews {version}", f"frnews --version: {ver.stdout!r}")
        proc = run([frnews_cmd, str(SEED), "--json"], cwd=work)
        check(proc.returncode == 0, f"frnews --json exited {proc.returncode}: {proc.stderr}")
        check(proc.stderr == "", f"frnews --json wrote on stderr: {proc.stderr!r}")
        try:
            data = json.loads(proc.stdout)
        except json.JSONDecodeError as e:
            check(False, f"frnews --json printed no JSON: {e}")
            data = {}
        if data:
            gold = json.loads(GOLD.read_text(encoding="utf-8"))
            text = SEED.read_text(encoding="utf-8")
            check(data["path"] == str(SEED), f"path: {data['path']!r}")
            check(data["text"] == text, "the JSON text is not the seed's text")
            dateline = data["dateline"] or {}
            want = gold["dateline"]
            check(
                (dateline.get("text"), dateline.get("place")) == (want["text"], want["place"]),
                f"dateline: {dateline}",
            )
            heads = [h["text"] if isinstance(h, dict) else h for h in gold["headings"]]
            check([h["text"] for h in data["headings"]] == heads, "headings")
            got_credits = [
                (c["text"], (c["caption"] or {}).get("text")) for c in data["photo_credits"]
            ]
            want_credits = [(c["text"], c["caption"]) for c in gold["photo_credits"]]
            check(got_credits == want_credits, f"photo credits: {got_credits}")
            spans_ok = all(
                text[b["span"]["start"] : b["span"]["end"]] == b["text"] for b in data["blocks"]
            )
            check(spans_ok, "a block's span does not index the seed's text")

    print(f"wheel install check ({wheel.name}): {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

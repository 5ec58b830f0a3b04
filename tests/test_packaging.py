"""Packaging and release hygiene: what the sdist and the wheel contain, their metadata, the
single source of the version, and the form of CHANGELOG.md.

The distributions are built once per run from this source tree with ``python -m build
--no-isolation`` (``build`` and ``hatchling`` come with the ``test`` extra), so no network
is needed. Installing the wheel into a fresh virtual environment, away from the source
tree, is a step of ``.ci/run`` (``.ci/check_install.py``): it needs the package registry.
"""

from __future__ import annotations

import email.message
import email.parser
import importlib.metadata
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import frnews

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]

#: The only run-time dependencies frnews may have.
RUNTIME_DEPENDENCIES = {"attrs", "dateparser", "regex", "unidecode"}
#: Classifiers the package must carry.
REQUIRED_CLASSIFIERS = {
    "Typing :: Typed",
    "Natural Language :: French",
    "Topic :: Text Processing :: Linguistic",
    "Programming Language :: Python :: 3 :: Only",
}
#: Every Python version supported, from ``requires-python`` to the newest tested.
PYTHON_VERSIONS = ("3.10", "3.11", "3.12", "3.13")


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    wheels = list(out.glob("*.whl"))
    sdists = list(out.glob("*.tar.gz"))
    assert len(wheels) == 1, wheels
    assert len(sdists) == 1, sdists
    return {"wheel": wheels[0], "sdist": sdists[0]}


@pytest.fixture(scope="module")
def wheel_names(dists) -> list[str]:
    with zipfile.ZipFile(dists["wheel"]) as zf:
        return zf.namelist()


@pytest.fixture(scope="module")
def metadata(dists) -> email.message.Message:
    with zipfile.ZipFile(dists["wheel"]) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(zf.read(name).decode("utf-8"))


def test_distribution_names_carry_the_version(dists):
    v = frnews.__version__
    assert dists["wheel"].name == f"frnews-{v}-py3-none-any.whl"
    assert dists["sdist"].name == f"frnews-{v}.tar.gz"


def test_wheel_has_every_module_lexicon_and_py_typed(wheel_names):
    expected = {
        p.relative_to(ROOT).as_posix()
        for pattern in ("*.py", "*.tsv")
        for p in (ROOT / "frnews").rglob(pattern)
    }
    expected.add("frnews/py.typed")
    assert any(n.startswith("frnews/lexicons/") and n.endswith(".tsv") for n in expected)
    assert expected <= set(wheel_names), sorted(expected - set(wheel_names))


def test_wheel_has_only_the_package_and_its_metadata(wheel_names):
    stray = [n for n in wheel_names if not n.startswith(("frnews/", "frnews-"))]
    assert stray == []
    assert not [n for n in wheel_names if "/tests/" in n or n.startswith("tests/")]
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_installs_the_command(dists):
    with zipfile.ZipFile(dists["wheel"]) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points = zf.read(name).decode("utf-8")
    assert re.search(r"^\[console_scripts\]\nfrnews = frnews\.cli:main$", entry_points, re.M)


def test_wheel_metadata(metadata):
    assert metadata["Name"] == "frnews"
    assert metadata["Version"] == frnews.__version__
    assert metadata["Summary"]
    assert metadata["Requires-Python"] == ">=3.10"
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"
    assert metadata["Description-Content-Type"] == "text/markdown"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert metadata.get_payload().strip() == readme.strip()
    classifiers = set(metadata.get_all("Classifier"))
    assert classifiers >= REQUIRED_CLASSIFIERS
    pythons = {c.rsplit(" :: ", 1)[1] for c in classifiers if re.search(r"Python :: 3\.\d+$", c)}
    assert pythons == set(PYTHON_VERSIONS)
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL"))
    assert {"Documentation", "Changelog", "Issues"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())


def test_runtime_dependencies_are_exactly_the_four(metadata):
    required = [r for r in metadata.get_all("Requires-Dist") if "extra ==" not in r]
    names = {re.match(r"[A-Za-z0-9_.\-]+", r).group().lower() for r in required}
    assert names == RUNTIME_DEPENDENCIES


def test_sdist_has_sources_tests_docs_and_seed(dists):
    with tarfile.open(dists["sdist"]) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    for needed in (
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "frnews/py.typed",
        "tests/conftest.py",
        "tests/data/seed-000.json",
        "seeds/000_29d02e5a573495e6.txt",
        "docs/conf.py",
        "docs/index.md",
        "docs/_inventories/python.inv",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.startswith(("docs/_build", ".venv", ".ci-venv", "dist/"))]
    assert not [n for n in names if "__pycache__" in n]


def test_version_lives_in_one_place():
    assert "version" not in PROJECT
    assert PROJECT["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "frnews/__init__.py"
    assignments = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "frnews").rglob("*.py")
        if re.search(r"^__version__\s*=", p.read_text(encoding="utf-8"), re.M)
    ]
    assert assignments == ["frnews/__init__.py"]


def test_installed_metadata_reports_the_same_version():
    # fails after a version bump until the package is installed again (pip install -e .)
    assert importlib.metadata.version("frnews") == frnews.__version__


def test_pyproject_classifiers_match_requires_python():
    assert PROJECT["requires-python"] == f">={PYTHON_VERSIONS[0]}"
    for v in PYTHON_VERSIONS:
        assert f"Programming Language :: Python :: {v}" in PROJECT["classifiers"]


def test_extras_cover_ci():
    extras = PROJECT["optional-dependencies"]
    names = {
        extra: {re.match(r"[A-Za-z0-9_.\-]+", r).group().lower() for r in reqs}
        for extra, reqs in extras.items()
    }
    assert {"pytest", "hypothesis", "ruff", "mypy", "build", "hatchling"} <= names["test"]
    assert {"sphinx", "furo", "myst-parser"} <= names["docs"]
    assert {"build", "twine"} <= names["release"]


# -- CHANGELOG.md: Keep a Changelog -------------------------------------------------------

CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
#: Keep a Changelog's sections, and the project's own for changes of rules and lexicons
#: (a rule changes outputs even when the API stays the same).
CHANGE_TYPES = (
    "Backwards-incompatible changes",
    "Added",
    "Changed",
    "Deprecated",
    "Removed",
    "Fixed",
    "Security",
    "Rules and lexicons",
)
_RELEASE = re.compile(r"^\[?(\d+\.\d+\.\d+)\]? - (\d{4}-\d{2}-\d{2})$")


def _headings(level: int) -> list[str]:
    return re.findall(rf"^{'#' * level} (.+)$", CHANGELOG, re.M)


def test_changelog_title_and_format_link():
    assert CHANGELOG.startswith("# Changelog\n")
    assert "https://keepachangelog.com/" in CHANGELOG
    assert "https://semver.org/" in CHANGELOG


def test_changelog_releases_newest_first_after_unreleased():
    versions = _headings(2)
    assert versions[0] == "Unreleased"
    released = []
    for v in versions[1:]:
        m = _RELEASE.match(v)
        assert m, f"CHANGELOG.md: release heading {v!r} is not 'X.Y.Z - YYYY-MM-DD'"
        released.append(tuple(int(x) for x in m.group(1).split(".")))
    assert released == sorted(released, reverse=True)


def test_changelog_sections_are_known_and_not_empty():
    for block in re.split(r"^## ", CHANGELOG, flags=re.M)[1:]:
        version = block.splitlines()[0]
        sections = re.split(r"^### ", block, flags=re.M)[1:]
        seen = []
        for section in sections:
            title, _, body = section.partition("\n")
            assert title in CHANGE_TYPES, f"CHANGELOG.md {version}: unknown section {title!r}"
            assert re.search(r"^- \S", body, re.M), f"CHANGELOG.md {version}: {title} is empty"
            seen.append(title)
        assert len(seen) == len(set(seen)), f"CHANGELOG.md {version}: a section is repeated"
        assert seen == sorted(seen, key=CHANGE_TYPES.index), f"{version}: sections out of order"


def test_a_released_version_has_its_changelog_entry():
    version = frnews.__version__
    if re.fullmatch(r"\d+\.\d+\.\d+", version):
        assert any(h.split(" - ")[0].strip("[]") == version for h in _headings(2)), version
    else:
        assert re.fullmatch(r"\d+\.\d+\.\d+(?:\.dev\d+|(?:a|b|rc)\d+)", version), version
        assert "Unreleased" in _headings(2)

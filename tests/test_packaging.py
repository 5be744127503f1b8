"""The wheel must carry every module: pyproject lists packages explicitly (because the
shipped rules/ and sources/ are mapped into the package), so a new subpackage that is not
listed would be missing from `pip install .` while tests run fine from the checkout."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def test_every_python_folder_is_a_listed_regular_package():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    folders = {p.parent for p in (SRC / "claimcheck").rglob("*.py")}
    for folder in folders:
        name = ".".join(folder.relative_to(SRC).parts)
        assert (folder / "__init__.py").exists(), f"{name} has no __init__.py"
        assert name in listed, f"{name} is missing from [tool.setuptools] packages in pyproject.toml"

"""discover.py: folder walks with .gitignore-style excludes (no model)."""

from pathlib import Path

from claimcheck.discover import find_articles


def make(root: Path, *names: str) -> None:
    for name in names:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("text")


def rel(root: Path, files: list[str]) -> list[str]:
    return [Path(f).relative_to(root).as_posix() for f in files]


def test_walk_finds_articles_sorted_and_skips_hidden_and_other_files(tmp_path):
    make(tmp_path, "b.md", "a.txt", "sub/c.markdown", "photo.jpg", ".hidden.txt", ".git/x.txt", "sub/.cache/y.md")
    files, errors = find_articles([str(tmp_path)])
    assert rel(tmp_path, files) == ["a.txt", "b.md", "sub/c.markdown"] and errors == []


def test_gitignore_patterns(tmp_path):
    make(tmp_path, "a.txt", "drafts/b.txt", "news/drafts/c.txt", "archive/d.txt", "news/archive/e.txt",
         "news/f.draft.md", "news/keep.draft.md", "node_modules/pkg/readme.md")
    excludes = ["drafts/", "/archive", "*.draft.md", "!keep.draft.md", "node_modules"]
    files, _ = find_articles([str(tmp_path)], excludes)
    assert rel(tmp_path, files) == ["a.txt", "news/archive/e.txt", "news/keep.draft.md"]


def test_double_star_and_anchored_paths(tmp_path):
    make(tmp_path, "2023/jan/a.txt", "2023/feb/b.txt", "2024/jan/c.txt")
    files, _ = find_articles([str(tmp_path)], ["2023/**/a.txt", "2024/"])
    assert rel(tmp_path, files) == ["2023/feb/b.txt"]


def test_named_files_are_kept_and_empty_folders_are_errors(tmp_path):
    make(tmp_path, "a.txt", "only/skip.txt")
    files, errors = find_articles([str(tmp_path / "a.txt"), str(tmp_path / "only"), "-"], ["*.txt"])
    assert files == [str(tmp_path / "a.txt"), "-"]
    assert len(errors) == 1 and "no articles" in errors[0] and "excludes" in errors[0]

"""The sub-checks of the ``date-arithmetic`` kind, one module each.

Each module offers ``check(facts, ...) -> Iterator[Hit]`` and ``unchecked(facts) ->
list[str]`` (what it could not check because the article's date is unknown).
"""

from . import ages, anniversary, durations, elapsed, tense

__all__ = ["CHECKS", "ages", "anniversary", "durations", "elapsed", "tense"]

#: sub-check name → module
CHECKS = {
    "anniversary": anniversary,
    "elapsed": elapsed,
    "age": ages,
    "duration": durations,
    "tense": tense,
}

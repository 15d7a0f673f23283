"""Every k-th mutant of every function: a sample of mutmut's mutants spread over all the code.

Run from the repository root by `make mutate MUTATE_EVERY=k`. mutmut numbers each
function's mutants from 1; this picks the ``start``-th, then every ``every``-th after it, of
every function whose mutant name matches one of the patterns (mutmut's names, with
wildcards, as `make mutate MUTATE=...` takes them). A function with fewer than ``start``
mutants gives its last one, so no function is left out. Each sample is then the same code
whichever tests are fast, and a later run with another ``start`` covers other mutants.
It reads the names mutmut wrote under mutants/ and prints them, one a line.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from collections import defaultdict
from pathlib import Path

from mutmut.mutation.data import SourceFileMutationData
from mutmut.utils.file_utils import walk_mutatable_files


def sample(names: list[str], every: int, start: int) -> list[str]:
    """The ``start``-th mutant of each function, then every ``every``-th after it."""
    by_function: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for name in names:
        function, _, number = name.rpartition("__mutmut_")
        by_function[function].append((int(number), name))
    chosen: list[str] = []
    for function in sorted(by_function):
        ordered = [name for _, name in sorted(by_function[function])]
        picked = ordered[start - 1 :: every] or ordered[-1:]
        chosen += picked
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, required=True, help="take one mutant in this many")
    parser.add_argument("--start", type=int, default=1, help="the first one taken, from 1")
    parser.add_argument("patterns", nargs="*", default=["*"], help="mutmut's names, wildcards")
    args = parser.parse_args()
    if args.every < 1 or not 1 <= args.start <= args.every:
        parser.error("--every must be 1 or more and --start between 1 and --every")

    names: list[str] = []
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        if not Path(data.meta_path).exists():
            continue
        data.load()
        names += [name for name in data.exit_code_by_key
                  if any(fnmatch.fnmatch(name, pattern) for pattern in args.patterns)]
    if not names:
        sys.exit("no mutants match: run `make mutate MUTATE='app.briefing.paper.*'` once, "
                 "so that mutmut writes every mutant's name to mutants/")
    print("\n".join(sample(names, args.every, args.start)))


if __name__ == "__main__":
    main()

"""The kill rate per package after `mutmut run`, and a report of every mutant that lived.

Run from the repository root by `make mutate`. Reads mutmut's results under mutants/ and
writes build/mutation/survivors.txt: each surviving (or untested) mutant with its diff, so a
reader can decide whether a test is missing or the change cannot matter.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code
from mutmut.utils.file_utils import walk_mutatable_files

PACKAGES = ("app/services", "app/briefing", "app/storage")
# a mutant that makes the tests hang or crash is caught as surely as one that fails them
CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}
# mutants that no test reached or that mutmut never ran say nothing about the tests
NOT_RUN = {"not checked", "skipped", "check was interrupted by user"}


def package_of(path: Path) -> str:
    text = path.as_posix()
    return next((p for p in PACKAGES if text.startswith(p + "/")), text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, default=Path("build/mutation/survivors.txt"))
    args = parser.parse_args()

    counts: dict[str, Counter[str]] = {p: Counter() for p in PACKAGES}
    survivors: list[tuple[str, str, Path]] = []
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        if not Path(data.meta_path).exists():
            continue
        data.load()
        for name, exit_code in sorted(data.exit_code_by_key.items()):
            status = status_by_exit_code[exit_code]
            counts.setdefault(package_of(path), Counter())[status] += 1
            if status not in CAUGHT | NOT_RUN:
                survivors.append((status, name, path))

    print(f"{'package':<14} {'run':>6} {'killed':>7} {'lived':>6} {'untested':>9} {'score':>7}")
    for package, c in counts.items():
        run = sum(n for status, n in c.items() if status not in NOT_RUN)
        killed = sum(c[s] for s in CAUGHT)
        score = f"{100 * killed / run:.1f}%" if run else "-"
        lived = c["survived"] + c["suspicious"]
        print(f"{package:<14} {run:>6} {killed:>7} {lived:>6} {c['no tests']:>9} {score:>7}")

    args.report.parent.mkdir(parents=True, exist_ok=True)
    with args.report.open("w", encoding="utf-8") as out:
        for status, name, path in survivors:
            try:
                diff = get_diff_for_mutant(name, path=path)
            except (FileNotFoundError, KeyError) as error:  # mutmut is rewriting that file
                diff = f"(no diff while mutants/ is being regenerated: {error})"
            out.write(f"# {name}: {status}\n{diff}\n\n")
    print(f"{len(survivors)} mutants lived; their diffs are in {args.report}")


if __name__ == "__main__":
    main()

"""Rule tables: the TSV files every stage ships its data in, read one way.

Words, units, patterns and content types are data, not code, so each stage keeps them in
`<stage>/data/*.tsv`: one row a line, fields separated by tabs, blank lines skipped.  A `#`
starts a comment at the start of a line or after whitespace, when a space or the line's end
follows it: `# units` and `km<TAB>公里  # distance` are commented, while `#`, `C#` or `#5` are
data (the English signs table reads `#5` as "number five").  A malformed row raises
RuleTableError naming the file and line, because a row silently skipped makes a rule quietly
stop firing.
"""
from __future__ import annotations

import re
from importlib import resources

from audiopaper.errors import RuleTableError

#: a comment: `#` at the line's start or after whitespace, then a space or the line's end
_COMMENT = re.compile(r"(?:^|(?<=\s))#(?= |$)")


def strip_comment(line: str) -> str:
    """`line` without its comment and trailing whitespace.

    >>> strip_comment("kg\\t千克  # weight"), strip_comment("# units"), strip_comment("#\\tnumber")
    ('kg\\t千克', '', '#\\tnumber')
    >>> strip_comment("C#\\tC sharp"), strip_comment("#")
    ('C#\\tC sharp', '')
    """
    m = _COMMENT.search(line)
    return (line[:m.start()] if m else line).rstrip()


def numbered_rows(text: str, source: str, columns: int | tuple[int, ...]
                  ) -> list[tuple[int, tuple[str, ...]]]:
    """(line number, fields) of each row of a TSV text; every row has exactly `columns`
    non-empty fields (stripped), or one of the counts `columns` lists, else RuleTableError
    naming `source` and the line.

    The line number is for callers that check a row further (a regex that does not compile)
    and must say where it is.  A tuple of counts is for tables whose rows are of several
    kinds, each kind of its own width (a surname and its reading, a title).

    >>> numbered_rows("# kinds\\n\\nto\\tzh\\tx\\n", "t.tsv", 3)
    [(3, ('to', 'zh', 'x'))]
    >>> numbered_rows("title\\t先生\\nsurname\\t单\\tshan4\\n", "t.tsv", (2, 3))
    [(1, ('title', '先生')), (2, ('surname', '单', 'shan4'))]
    >>> numbered_rows("km\\n", "units.tsv", 2)
    Traceback (most recent call last):
    ...
    audiopaper.errors.RuleTableError: units.tsv:1: expected 2 tab-separated fields, got 1: 'km'
    >>> numbered_rows("a\\tb\\tc\\td\\n", "t.tsv", (2, 3))
    Traceback (most recent call last):
    ...
    audiopaper.errors.RuleTableError: t.tsv:1: expected 2 or 3 tab-separated fields, got 4: 'a\\tb\\tc\\td'
    """
    counts = (columns,) if isinstance(columns, int) else columns
    rows: list[tuple[int, tuple[str, ...]]] = []
    for no, raw in enumerate(text.splitlines(), 1):
        line = strip_comment(raw)
        if not line.strip():
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if len(fields) not in counts or not all(fields):
            want = " or ".join(map(str, counts))
            raise RuleTableError(f"expected {want} tab-separated fields, got {len(fields)}: "
                                 f"{raw!r}", source, line=no)
        rows.append((no, fields))
    return rows


def parse_tsv(text: str, source: str, columns: int | tuple[int, ...]
              ) -> list[tuple[str, ...]]:
    """The rows of a TSV text, each with exactly `columns` fields (see `numbered_rows`).

    >>> parse_tsv("# unit\\nkm\\t公里\\n\\nkg\\t千克  # weight\\n#\\tnumber\\n", "units.tsv", 2)
    [('km', '公里'), ('kg', '千克'), ('#', 'number')]
    """
    return [fields for _, fields in numbered_rows(text, source, columns)]


def package_text(package: str, relpath: str) -> str:
    """The UTF-8 text of a data file shipped in `package` (`relpath` below it, `/`-separated);
    a missing or undecodable file is a RuleTableError naming it."""
    source = f"{package.replace('.', '/')}/{relpath}"
    try:
        return resources.files(package).joinpath(*relpath.split("/")).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleTableError("rule table not found", source) from None
    except OSError as e:
        raise RuleTableError(f"cannot read rule table ({e.strerror or e})", source) from None
    except UnicodeDecodeError as e:
        raise RuleTableError(f"not UTF-8: the byte {e.object[e.start]:#04x} at offset "
                             f"{e.start} cannot be decoded", source) from None


def read_tsv(package: str, relpath: str, columns: int | tuple[int, ...]
             ) -> list[tuple[str, ...]]:
    """The rows of the TSV file `relpath` shipped in `package`, each with `columns` fields.

    >>> read_tsv("audiopaper.publish", "data/mime.tsv", 2)[0]
    ('chapters.json', 'application/json+chapters')
    """
    return parse_tsv(package_text(package, relpath), f"{package.replace('.', '/')}/{relpath}",
                     columns)

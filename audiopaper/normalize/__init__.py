"""Text normalisation: newspaper text rewritten into what a news anchor would say (zh, en).

Rules live one category per module (`zh/`, `en/`), their word lists as TSV tables in
`data/<lang>/`; `engine` scans with one combined regex; the user lexicon (`common.lexicon`) applies first.
"""
from audiopaper.common.lexicon import Lexicon, load_lexicon
from audiopaper.normalize.article import normalize_article
from audiopaper.normalize.engine import Rewrite
from audiopaper.normalize.normalizer import LANGS, explain, normalize

__all__ = ["LANGS", "Lexicon", "Rewrite", "explain", "load_lexicon", "normalize",
           "normalize_article"]

"""The public surface of audiopaper.normalize is pinned, so helpers are not exported by accident."""
import audiopaper.normalize as normalize_pkg


def test_public_names() -> None:
    assert sorted(normalize_pkg.__all__) == ["LANGS", "Lexicon", "Rewrite", "explain",
                                             "load_lexicon", "normalize", "normalize_article"]
    assert all(hasattr(normalize_pkg, name) for name in normalize_pkg.__all__)

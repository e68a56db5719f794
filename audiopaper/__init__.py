"""audiopaper: a newspaper edition in, an audio edition out.

The public surface is small on purpose; stages live in their own packages
(`audiopaper.ingest`, `audiopaper.split`, ...), each exporting its entry function.
"""
from audiopaper.errors import AudiopaperError
from audiopaper.model import Article, Edition, Page


def __getattr__(name: str) -> object:
    """`build_edition` is imported on first use, so `import audiopaper` stays light."""
    if name == "build_edition":
        from audiopaper.pipeline import build_edition

        return build_edition
    raise AttributeError(f"module 'audiopaper' has no attribute {name!r}")


__version__ = "0.1.0"
__all__ = ["AudiopaperError", "Article", "Edition", "Page", "__version__", "build_edition"]

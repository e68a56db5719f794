"""audiopaper: a newspaper edition in, an audio edition out.

The public surface is small on purpose; stages live in their own packages
(`audiopaper.ingest`, `audiopaper.split`, ...), each exporting its entry function.
"""
from audiopaper.errors import AudiopaperError
from audiopaper.model import Article, Edition, Page

__version__ = "0.1.0"
__all__ = ["AudiopaperError", "Article", "Edition", "Page", "__version__"]

"""Episode folders → catalog, podcast feeds, pages; plus `lint` and a static server."""
from audiopaper.publish.config import PublishConfig
from audiopaper.publish.site import PublishResult, publish

__all__ = ["publish", "PublishConfig", "PublishResult"]

"""Episode folders → catalog, podcast feeds, pages; plus `lint` and a static server."""
from audiopaper.publish.config import PublishConfig
from audiopaper.publish.site import PublishResult, publish, sweep_stale

__all__ = ["PublishConfig", "PublishResult", "publish", "sweep_stale"]

"""`python -m audiopaper` runs the CLI."""
from audiopaper.cli import app

app()

"""The layer under the stages: jobs every stage does the same way (media, tables, files)."""

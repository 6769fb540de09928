"""Benchmarks of the example site: page render times (pages.py) and load (load.sh)."""

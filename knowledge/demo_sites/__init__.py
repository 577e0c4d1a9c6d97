"""Bundled demo websites (one per demo vertical) that `make run` serves locally for crawling offline."""

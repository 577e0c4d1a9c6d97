"""What the fitting scripts (fit_rerank.py, fit_confidence.py) share: each evaluation set crawled in turn, and
a set's examples set against those of every other site."""

from collections.abc import Iterator
from contextlib import contextmanager

from knowledge.models import Source
from tests.knowledge.test_eval import SETS, _crawl


@contextmanager
def crawled(name, site, tenant, in_tenant, run_on_commit) -> Iterator[str]:
    """Inside `tenant`, the set's site crawled (its origin yielded); afterwards the knowledge base is emptied,
    so the next set starts from nothing, as each evaluation test does."""
    with in_tenant(tenant):
        yield _crawl(site, SETS[name][0], run_on_commit)
        Source.objects.all().delete()


def other_sites(data: dict[str, list], name: str) -> list:
    """The examples of every set on another site than `name`'s (a reworded set shares its site)."""
    site = SETS[name][0]
    return [example for other in SETS if SETS[other][0] is not site for example in data[other]]

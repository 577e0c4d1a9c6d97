"""How the apps depend on each other, read from their import statements (lazy ones included).

An app's `events.py` (what it announces) and `hooks.py` (where others plug in) are its
published contract: other apps import them to subscribe or register, and they import no
other app, so importing them creates no dependency on the rest of the app.
"""

import ast
from collections import defaultdict
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
FEATURE_APPS = (
    "contacts",
    "calls",
    "campaigns",
    "appointments",
    "knowledge",
    "billing",
    "notifications",
    "analytics",
    "properties",
    "onboarding",
)
CONTRACT_MODULES = ("events", "hooks")
APPS = ("tenants", *FEATURE_APPS)


def is_contract(module: str) -> bool:
    parts = module.split(".")
    return len(parts) == 2 and parts[1] in CONTRACT_MODULES


def imports_between_apps(*, contracts: bool = False) -> dict[str, dict[str, set[str]]]:
    """{app: {app it imports: {files that do}}}, over every module outside migrations.

    Imports of another app's contract modules are left out, unless `contracts` asks for
    the imports made BY contract modules (which must be none).
    """
    graph: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            if contracts != (path.parent == ROOT / app and path.stem in CONTRACT_MODULES):
                continue
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules = [node.module]
                else:
                    continue
                for module in modules:
                    target = module.split(".")[0]
                    if target in APPS and target != app and (contracts or not is_contract(module)):
                        graph[app][target].add(str(path.relative_to(ROOT)))
    return graph


def test_every_app_is_scanned():
    assert set(APPS) <= {app.split(".")[0] for app in settings.INSTALLED_APPS}
    assert imports_between_apps()["calls"]["contacts"]  # the scan sees real imports


def test_tenants_imports_no_feature_app():
    graph = imports_between_apps()
    assert {app: sorted(files) for app, files in graph["tenants"].items()} == {}


def test_no_two_apps_import_each_other_directly_or_in_a_loop():
    graph = imports_between_apps()

    def reaches(start, goal, seen) -> bool:
        return any(nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})) for nxt in graph[start])

    cycles = sorted(app for app in APPS if reaches(app, app, {app}))
    assert cycles == [], {app: {k: sorted(v) for k, v in graph[app].items()} for app in cycles}


def test_contract_modules_import_no_other_app():
    graph = imports_between_apps(contracts=True)
    assert {app: {k: sorted(v) for k, v in targets.items()} for app, targets in graph.items() if targets} == {}

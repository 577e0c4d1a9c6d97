"""Every runtime file of an instance lives under its own data directory."""

from voiceplatform import runtime


def test_gunicorn_control_socket_is_under_the_instance_data_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(runtime, "DATA_DIR", tmp_path / "data")
    web = runtime.process_commands({}, "8123")["web"]
    socket = web[web.index("--control-socket") + 1]
    assert socket.startswith(str(tmp_path / "data"))
    assert ".gunicorn" not in socket


def test_two_instances_never_share_a_control_socket(tmp_path, monkeypatch):
    sockets = []
    for name in ("one", "two" * 40):
        monkeypatch.setattr(runtime, "DATA_DIR", tmp_path / name)
        web = runtime.process_commands({}, "8000")["web"]
        sockets.append(web[web.index("--control-socket") + 1])
    assert sockets[0] != sockets[1]
    assert all(len(s) <= runtime._MAX_SOCKET_PATH + 20 for s in sockets)

"""Images and compose, checked without a Docker engine: what can be verified here is.

- Dockerfiles: a numeric non-root USER, gunicorn flags gunicorn accepts (no control
  socket, no access log with query strings), static files collected at build.
- ``.dockerignore`` keeps tests and benchmarks out of the images.
- ``compose.yaml`` is valid under the Compose Specification schema (the copy vendored by
  check-jsonschema) and runs the release step once before the services, which never migrate.
- The release command and the build's static collection actually run.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from ruamel.yaml import YAML

from core.api.tests.test_ops_settings import production_env

ROOT = Path(settings.BASE_DIR)
DOCKERFILES = sorted((ROOT / "docker").glob("*.Dockerfile"))


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.pop("REDIS_URL", None)
    env.update(extra)
    return env


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=ROOT, env=_env(**env), capture_output=True, text=True, timeout=300
    )


def _env_value(dockerfile: str, name: str) -> str:
    match = re.search(rf'{name}="([^"]*)"', dockerfile)
    assert match, f"{name} not set"
    return match.group(1)


@pytest.mark.parametrize("path", DOCKERFILES, ids=lambda p: p.name)
def test_images_run_as_a_numeric_non_root_user(path: Path) -> None:
    users = re.findall(r"^USER\s+(\S+)\s*$", path.read_text(), flags=re.MULTILINE)
    assert users, "no USER instruction"
    match = re.fullmatch(r"(\d+)(?::(\d+))?", users[-1])
    assert match, f"USER {users[-1]} is not numeric (runAsNonRoot needs a number)"
    assert int(match.group(1)) != 0 and (match.group(2) is None or int(match.group(2)) != 0)


def test_both_images_exist() -> None:
    assert {p.name for p in DOCKERFILES} >= {"core.Dockerfile", "ai.Dockerfile"}


def test_gunicorn_flags_are_accepted_without_control_socket_or_access_log() -> None:
    args = _env_value((ROOT / "docker" / "core.Dockerfile").read_text(), "GUNICORN_CMD_ARGS")
    assert "--no-control-socket" in shlex.split(args)
    assert not any(a.startswith("--access-logfile") for a in shlex.split(args))
    gunicorn = Path(sys.executable).with_name("gunicorn")
    result = _run(
        [str(gunicorn), "--check-config", "core.wsgi:application"], GUNICORN_CMD_ARGS=args
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_workers_do_not_block_behind_slow_ai_calls_and_stop_gracefully() -> None:
    from django.conf import settings

    args = shlex.split(
        _env_value((ROOT / "docker" / "core.Dockerfile").read_text(), "GUNICORN_CMD_ARGS")
    )
    flags = dict(a.removeprefix("--").split("=", 1) for a in args if "=" in a)
    assert flags["worker-class"] == "gthread" and int(flags["threads"]) > 1
    gateway_worst = (1 + settings.AI_SERVICE_RETRIES) * (
        settings.AI_SERVICE_CONNECT_TIMEOUT + settings.AI_SERVICE_READ_TIMEOUT
    )
    assert float(flags["timeout"]) > gateway_worst
    grace = str(_compose()["services"]["core"]["stop_grace_period"])
    assert float(flags["graceful-timeout"]) < float(grace.removesuffix("s"))


def test_dockerignore_keeps_tests_and_benchmarks_out() -> None:
    patterns = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {"**/tests", "e2e", "bench", "conftest.py", ".venv", "secrets", "var"} <= patterns


def _compose() -> dict:
    return YAML(typ="safe").load((ROOT / "compose.yaml").read_text())


def test_compose_file_is_valid_under_the_compose_specification() -> None:
    schema_file = files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json"
    schema = json.loads(schema_file.read_text())
    assert schema["title"] == "Compose Specification"
    validator = jsonschema.Draft202012Validator(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(_compose())]
    assert not errors, "\n".join(errors)


def test_the_schema_check_can_fail() -> None:
    schema_file = files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json"
    validator = jsonschema.Draft202012Validator(json.loads(schema_file.read_text()))
    broken = _compose()
    broken["services"]["core"]["depends_on"]["release"]["condition"] = "service_done"
    assert list(validator.iter_errors(broken))


def test_release_runs_once_before_services_that_never_migrate() -> None:
    services = _compose()["services"]
    assert services["release"]["command"] == ["python", "manage.py", "release"]
    for name in ("core", "ai"):
        depends = services[name]["depends_on"]
        assert depends["release"] == {"condition": "service_completed_successfully"}
        assert "migrate" not in " ".join(services[name]["command"])
        assert "load_" not in " ".join(services[name]["command"])


def test_release_command_migrates_and_loads_the_catalogs(tmp_path: Path) -> None:
    result = _run(
        [sys.executable, "manage.py", "release"],
        DATABASE_URL=f"sqlite:///{tmp_path / 'release.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
    assert "Starter catalog from" in result.stdout
    assert "FNDDS catalog from" in result.stdout
    assert result.stdout.rstrip().endswith("release: done")


def test_static_files_are_collected_at_build_and_served_in_production(tmp_path: Path) -> None:
    static_root = tmp_path / "staticfiles"
    # The image's build step, run for real (as the Dockerfile does, into its own dir).
    built = _run([sys.executable, "docker/build_static.py"], STATIC_ROOT=str(static_root))
    assert built.returncode == 0, built.stderr
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    hashed = manifest["paths"]["admin/css/base.css"]
    assert (static_root / hashed).exists()
    # A production process serves them through whitenoise (no separate file server).
    env = {
        **production_env(),
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "STATIC_ROOT": str(static_root),
    }
    code = (
        "import django, json; django.setup(); from django.test import Client; c = Client(); "
        f"r1 = c.get('/static/{hashed}', secure=True); "
        "r2 = c.get('/static/admin/css/base.css', secure=True); "
        "print(json.dumps([r1.status_code, r1.headers.get('Content-Type'), "
        "r1.headers.get('Cache-Control'), r2.status_code]))"
    )
    served = _run(
        [sys.executable, "-c", code],
        DJANGO_SETTINGS_MODULE="core.settings",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **env,
    )
    assert served.returncode == 0, served.stderr
    status, content_type, cache_control, plain_status = json.loads(served.stdout.splitlines()[-1])
    assert (status, plain_status) == (200, 200)
    assert content_type.startswith("text/css")
    assert "immutable" in cache_control  # hashed names are cached for good


def test_collectstatic_dry_run_works_with_production_settings(tmp_path: Path) -> None:
    result = _run(
        [sys.executable, "manage.py", "collectstatic", "--dry-run", "--no-input"],
        **{**production_env(), "STATIC_ROOT": str(tmp_path / "static")},
    )
    assert result.returncode == 0, result.stderr
    assert "static files copied" in result.stdout

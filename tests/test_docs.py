"""Docs are tested: every command the README shows exists, and every command's help has an example."""

from __future__ import annotations

import re

import typer.main
from typer.testing import CliRunner

from faultline.cli import app


def commands() -> dict:
    click_app = typer.main.get_command(app)
    out = {}
    for name, cmd in click_app.commands.items():
        out[name] = cmd
        for sub_name, sub in getattr(cmd, "commands", {}).items():
            out[f"{name} {sub_name}"] = sub
    return out


def test_every_command_in_the_readme_exists(repo_dir):
    readme = (repo_dir / "README.md").read_text(encoding="utf-8")
    shell = "\n".join(re.findall(r"```sh\n(.*?)```", readme, flags=re.S))
    known = commands()
    used = set(re.findall(r"^faultline ([a-z]+(?: [a-z]+)?)", shell, flags=re.M))
    assert used, "the README shows no commands"
    for phrase in used:
        first = phrase.split()[0]
        assert phrase in known or first in known, phrase


def test_every_command_has_help_with_an_example():
    for name, cmd in commands().items():
        if getattr(cmd, "commands", None):
            continue  # a group
        assert cmd.help and "Example:" in cmd.help, name


def test_help_runs_for_every_command():
    runner = CliRunner()
    for name in commands():
        result = runner.invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0, (name, result.output)

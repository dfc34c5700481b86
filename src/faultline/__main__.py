"""``python -m faultline`` runs the command line."""

from .cli import main

main()

"""`python -m agenda`: the same as the `agenda` command."""

from agenda.cli import main

main()

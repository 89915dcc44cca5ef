"""`python -m annotator` == `annotator`."""

from annotator.cli import main

main()

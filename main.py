"""Entry point: `python main.py [ARGS]` == `annotator [ARGS]`."""

from annotator.cli import main

if __name__ == "__main__":
    main()

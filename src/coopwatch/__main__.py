"""`python -m coopwatch`: the same command line as the `coopwatch` script."""

from coopwatch.cli import main

if __name__ == "__main__":  # a "spawn" pool worker imports this module too; it must not run
    main()

"""``python -m planwatch.cli`` runs the command line, as ``planwatch`` does."""

from planwatch.cli import main

if __name__ == "__main__":  # importing the module (a walk over the package) runs nothing
    main()

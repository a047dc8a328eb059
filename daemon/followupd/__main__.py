"""`python -m followupd` is the same as the `followupd` command."""

import sys

from followupd.cli import main

sys.exit(main())

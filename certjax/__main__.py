# SPDX-License-Identifier: Apache-2.0
import sys

from ._cli import main

if __name__ == "__main__":  # spawned workers re-import this module as __mp_main__
    sys.exit(main())

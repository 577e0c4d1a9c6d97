#!/usr/bin/env python
"""Django's command-line utility. Starts or reuses the embedded services when
DATABASE_URL / REDIS_URL are not set (see voiceplatform/runtime.py)."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()

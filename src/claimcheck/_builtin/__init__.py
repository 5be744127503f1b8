"""Placeholder package: the wheel installs the shipped rules/ and sources/ below it."""

"""One-off generators for the bundled KB data (run by maintainers, never at run time)."""

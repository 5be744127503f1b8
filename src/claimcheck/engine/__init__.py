"""The rule engine: rule files (loader), rule kinds (kinds/), and applying them (run)."""

"""Reading and validating content and plan files: YAML with source positions, typed models."""

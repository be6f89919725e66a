"""Read side shared by the CLI, the JSON API and the pages. Knows no HTML and no HTTP."""

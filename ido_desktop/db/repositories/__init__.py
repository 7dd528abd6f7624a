"""Repositories: one module per aggregate. They take a Session and never commit."""

"""IDO Desktop: offline registration of consultations for Informatiepunten Digitale Overheid."""

__version__ = "0.1.0"

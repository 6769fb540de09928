"""e-Booths for Wagtail: information stands for virtual fairs."""

__version__ = "0.1.0"

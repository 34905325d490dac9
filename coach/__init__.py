"""ML Interview Coach: a terminal coach for Staff/Principal ML engineer interviews."""

__version__ = "0.1.0"

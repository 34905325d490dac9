"""The full-screen coach (Textual). It renders the domain and forwards user intent; no rules."""

"""The use cases, one module per subject. Each call is one transaction.

Services return plain (detached) rows and raise the typed errors of
:mod:`app.services.errors`; they never touch a window.
"""

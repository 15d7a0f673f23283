"""The method's steps, one page each."""

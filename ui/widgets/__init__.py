"""Custom-painted widgets shared by the pages (palette colours only, so both schemes work)."""

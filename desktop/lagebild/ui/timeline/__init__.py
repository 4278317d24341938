"""The timeline view (pyqtgraph behind a plain QWidget API)."""

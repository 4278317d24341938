"""The entity list: model, proxy and view."""

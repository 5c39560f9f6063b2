"""The HTTP API and the web app over a read-only store (``sanderling serve``)."""

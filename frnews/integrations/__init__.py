"""frnews inside other tools.

- :mod:`frnews.integrations.engines`: the one function that turns a text or a record into a
  JSON-ready dict, shared by the ``frnews --jsonl`` pipeline, Dask (``pip install
  'frnews[dask]'``) and Spark.

Nothing here is imported by ``import frnews``; the optional packages an integration needs
are imported only when it is used.
"""

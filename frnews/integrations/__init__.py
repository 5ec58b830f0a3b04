"""frnews inside other tools.

- ``frnews.integrations.engines``: the one function that turns a text or a record into a
  dict (its other fields plus the article dict), shared by the ``frnews --jsonl``
  pipeline, Dask (``pip install 'frnews[dask]'``) and Spark.

Nothing here is imported by ``import frnews``; the optional packages an integration needs
are imported only when it is used.
"""

"""Segmentation of an article into blocks: dateline, headings, credits, captions, furniture.

The rules live one concern a module (:mod:`~frnews.segment.units`,
:mod:`~frnews.segment.furniture`, :mod:`~frnews.segment.credits`,
:mod:`~frnews.segment.dateline`, :mod:`~frnews.segment.headings`) and run in the order of
:data:`frnews.segment.segmenter.RULES`.
"""

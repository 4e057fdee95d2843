"""gapcheck: legislative gap analysis of child-protection law.

Pipeline, one module per stage:
    read (read.py) -> split (split.py) -> link (link.py) -> classify (classify.py)
    -> cover (cover.py) -> report (report.py)
The rubric is data (``rubric/``), loaded by rubric.py.
"""
__version__ = "0.1.0"

"""zjkg: Chinese government and policy news to an RDF knowledge graph."""

__version__ = "0.1.0"
